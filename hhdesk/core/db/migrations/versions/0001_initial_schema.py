"""initial schema

Revision ID: 0001
Revises:

"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("wechat", sa.String(length=80), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("current_title", sa.String(length=200), nullable=False),
        sa.Column("current_company", sa.String(length=200), nullable=False),
        sa.Column("years_experience", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("education_level", sa.String(length=16), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("current_status", sa.String(length=16), nullable=False),
        sa.Column("notice_days", sa.SmallInteger(), nullable=True),
        sa.Column("reasons_for_change", sa.Text(), nullable=False),
        sa.Column("next_company_requirements", sa.Text(), nullable=False),
        sa.Column("willing_to_relocate", sa.Boolean(), nullable=True),
        sa.Column("current_salary_minor", sa.BigInteger(), nullable=True),
        sa.Column("current_salary_currency", sa.String(length=3), nullable=False),
        sa.Column("current_salary_period", sa.String(length=8), nullable=False),
        sa.Column("current_salary_months", sa.SmallInteger(), nullable=False),
        sa.Column("expected_salary_minor", sa.BigInteger(), nullable=True),
        sa.Column("expected_salary_currency", sa.String(length=3), nullable=False),
        sa.Column("expected_salary_period", sa.String(length=8), nullable=False),
        sa.Column("expected_salary_months", sa.SmallInteger(), nullable=False),
        sa.Column("bottom_line_minor", sa.BigInteger(), nullable=True),
        sa.Column("bottom_line_currency", sa.String(length=3), nullable=False),
        sa.Column("bottom_line_period", sa.String(length=8), nullable=False),
        sa.Column("bottom_line_months", sa.SmallInteger(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate")),
    )
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidate_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_expected_salary_minor"), ["expected_salary_minor"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_full_name"), ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_years_experience"), ["years_experience"], unique=False)

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=120), nullable=False),
        sa.Column("size", sa.String(length=60), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("culture", sa.Text(), nullable=False),
        sa.Column("core_values", sa.Text(), nullable=False),
        sa.Column("leadership_style", sa.Text(), nullable=False),
        sa.Column("atmosphere", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_name"), ["name"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "skill_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=120), nullable=False),
        sa.Column("canonical", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_alias")),
        sa.UniqueConstraint("alias", name=op.f("uq_skill_alias_alias")),
    )
    with op.batch_alter_table("skill_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_alias_canonical"), ["canonical"], unique=False)

    op.create_table(
        "candidate_skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=120), nullable=False),
        sa.Column("years", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_candidate_skill_candidate_id_candidate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate_skill")),
        sa.UniqueConstraint("candidate_id", "skill", name=op.f("uq_candidate_skill_candidate_id")),
    )
    with op.batch_alter_table("candidate_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidate_skill_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_skill_skill"), ["skill"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("wechat", sa.String(length=80), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_contact_company_id_company"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_company_id"), ["company_id"], unique=False)

    op.create_table(
        "position",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("work_mode", sa.String(length=16), nullable=False),
        sa.Column("schedule", sa.String(length=200), nullable=False),
        sa.Column("headcount", sa.SmallInteger(), nullable=False),
        sa.Column("budget_min_minor", sa.BigInteger(), nullable=True),
        sa.Column("budget_max_minor", sa.BigInteger(), nullable=True),
        sa.Column("budget_currency", sa.String(length=3), nullable=False),
        sa.Column("budget_period", sa.String(length=8), nullable=False),
        sa.Column("budget_months", sa.SmallInteger(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("selling_points", sa.Text(), nullable=False),
        sa.Column("min_years", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("max_years", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("education_level", sa.String(length=16), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.SmallInteger(), nullable=False),
        sa.Column("fee_kind", sa.String(length=8), nullable=False),
        sa.Column("fee_value_minor", sa.BigInteger(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_position_company_id_company"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
    )
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_position_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_position_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_position_status"), ["status"], unique=False)

    op.create_table(
        "resume_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("stored_path", sa.String(length=400), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_resume_file_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resume_file")),
        sa.UniqueConstraint("sha256", name=op.f("uq_resume_file_sha256")),
    )
    with op.batch_alter_table("resume_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resume_file_candidate_id"), ["candidate_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_activity_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_activity_company_id_company"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["position.id"], name=op.f("fk_activity_position_id_position"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_candidate_at", ["candidate_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_position_id"), ["position_id"], unique=False)

    op.create_table(
        "phone_screen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("is_draft", sa.Boolean(), nullable=False),
        sa.Column("identity_confirmed", sa.Boolean(), nullable=False),
        sa.Column("introduced", sa.Boolean(), nullable=False),
        sa.Column("purpose_explained", sa.Boolean(), nullable=False),
        sa.Column("convenient", sa.Boolean(), nullable=True),
        sa.Column("callback_at", sa.DateTime(), nullable=True),
        sa.Column("job_search_direction", sa.Text(), nullable=False),
        sa.Column("relevant_experience", sa.Text(), nullable=False),
        sa.Column("doubts_explained", sa.Text(), nullable=False),
        sa.Column("candidate_questions", sa.Text(), nullable=False),
        sa.Column("current_status", sa.String(length=16), nullable=False),
        sa.Column("notice_days", sa.SmallInteger(), nullable=True),
        sa.Column("reasons_for_change", sa.Text(), nullable=False),
        sa.Column("next_company_requirements", sa.Text(), nullable=False),
        sa.Column("main_skills", sa.Text(), nullable=False),
        sa.Column("willing_to_relocate", sa.Boolean(), nullable=True),
        sa.Column("current_salary_minor", sa.BigInteger(), nullable=True),
        sa.Column("current_salary_currency", sa.String(length=3), nullable=False),
        sa.Column("current_salary_period", sa.String(length=8), nullable=False),
        sa.Column("current_salary_months", sa.SmallInteger(), nullable=False),
        sa.Column("expected_salary_minor", sa.BigInteger(), nullable=True),
        sa.Column("expected_salary_currency", sa.String(length=3), nullable=False),
        sa.Column("expected_salary_period", sa.String(length=8), nullable=False),
        sa.Column("expected_salary_months", sa.SmallInteger(), nullable=False),
        sa.Column("bottom_line_minor", sa.BigInteger(), nullable=True),
        sa.Column("bottom_line_currency", sa.String(length=3), nullable=False),
        sa.Column("bottom_line_period", sa.String(length=8), nullable=False),
        sa.Column("bottom_line_months", sa.SmallInteger(), nullable=False),
        sa.Column("intention", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("outcome_reason", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_phone_screen_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["position.id"], name=op.f("fk_phone_screen_position_id_position"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_screen")),
    )
    with op.batch_alter_table("phone_screen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phone_screen_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_phone_screen_position_id"), ["position_id"], unique=False)

    op.create_table(
        "pipeline_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_pipeline_entry_candidate_id_candidate"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["position.id"], name=op.f("fk_pipeline_entry_position_id_position"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipeline_entry")),
        sa.UniqueConstraint("candidate_id", "position_id", name=op.f("uq_pipeline_entry_candidate_id")),
    )
    with op.batch_alter_table("pipeline_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pipeline_entry_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pipeline_entry_position_id"), ["position_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pipeline_entry_stage"), ["stage"], unique=False)

    op.create_table(
        "position_skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=120), nullable=False),
        sa.Column("weight", sa.SmallInteger(), nullable=False),
        sa.Column("must_have", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["position_id"], ["position.id"], name=op.f("fk_position_skill_position_id_position"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position_skill")),
        sa.UniqueConstraint("position_id", "skill", name=op.f("uq_position_skill_position_id")),
    )
    with op.batch_alter_table("position_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_position_skill_position_id"), ["position_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_position_skill_skill"), ["skill"], unique=False)

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_reminder_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["position.id"], name=op.f("fk_reminder_position_id_position"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_position_id"), ["position_id"], unique=False)

    op.create_table(
        "resume_text",
        sa.Column("resume_file_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resume_file_id"],
            ["resume_file.id"],
            name=op.f("fk_resume_text_resume_file_id_resume_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("resume_file_id", name=op.f("pk_resume_text")),
    )
    op.create_table(
        "pipeline_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=20), nullable=False),
        sa.Column("to_stage", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["pipeline_entry.id"],
            name=op.f("fk_pipeline_event_entry_id_pipeline_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipeline_event")),
    )
    with op.batch_alter_table("pipeline_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pipeline_event_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("pipeline_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pipeline_event_entry_id"))

    op.drop_table("pipeline_event")
    op.drop_table("resume_text")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_position_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_due_at"))
        batch_op.drop_index(batch_op.f("ix_reminder_candidate_id"))

    op.drop_table("reminder")
    with op.batch_alter_table("position_skill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_position_skill_skill"))
        batch_op.drop_index(batch_op.f("ix_position_skill_position_id"))

    op.drop_table("position_skill")
    with op.batch_alter_table("pipeline_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pipeline_entry_stage"))
        batch_op.drop_index(batch_op.f("ix_pipeline_entry_position_id"))
        batch_op.drop_index(batch_op.f("ix_pipeline_entry_candidate_id"))

    op.drop_table("pipeline_entry")
    with op.batch_alter_table("phone_screen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_screen_position_id"))
        batch_op.drop_index(batch_op.f("ix_phone_screen_candidate_id"))

    op.drop_table("phone_screen")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_position_id"))
        batch_op.drop_index(batch_op.f("ix_activity_company_id"))
        batch_op.drop_index("ix_activity_candidate_at")

    op.drop_table("activity")
    with op.batch_alter_table("resume_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resume_file_candidate_id"))

    op.drop_table("resume_file")
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_position_status"))
        batch_op.drop_index(batch_op.f("ix_position_company_id"))
        batch_op.drop_index(batch_op.f("ix_position_city"))

    op.drop_table("position")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_company_id"))

    op.drop_table("contact")
    with op.batch_alter_table("candidate_skill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_candidate_skill_skill"))
        batch_op.drop_index(batch_op.f("ix_candidate_skill_candidate_id"))

    op.drop_table("candidate_skill")
    with op.batch_alter_table("skill_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_alias_canonical"))

    op.drop_table("skill_alias")
    op.drop_table("setting")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_name"))

    op.drop_table("company")
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_candidate_years_experience"))
        batch_op.drop_index(batch_op.f("ix_candidate_phone"))
        batch_op.drop_index(batch_op.f("ix_candidate_full_name"))
        batch_op.drop_index(batch_op.f("ix_candidate_expected_salary_minor"))
        batch_op.drop_index(batch_op.f("ix_candidate_email"))
        batch_op.drop_index(batch_op.f("ix_candidate_city"))

    op.drop_table("candidate")
