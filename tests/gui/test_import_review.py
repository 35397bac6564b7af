"""A batch of dropped resumes is walked in a review queue with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_end_to_end import drop_files, type_into


def test_review_queue_after_a_batch_drop(qtbot, window, services, tmp_path) -> None:  # noqa: ANN001
    people = [("Mei Lin", "mei.lin@example.com"), ("张伟", "zhang.wei@example.cn"), ("Tom Baker", "tom@example.org")]
    paths = []
    for index, (name, email) in enumerate(people):
        path = tmp_path / f"resume-{index}.txt"
        path.write_text(f"{name}\n{email}\n+86 138 0013 800{index}\nSenior Accountant\n", encoding="utf-8")
        paths.append(path)
    page = window.candidates_page
    with qtbot.waitSignal(window.import_finished, timeout=20000):
        drop_files(window, paths)
    qtbot.waitUntil(lambda: page.reviewing() and "1 of 3" in page.ui.review_label.text())
    form = page.profile_form
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "Mei Lin")
    assert form.highlighted_count() >= 3  # name, e-mail and phone marked in the resume text

    # Correct the name, confirm with Ctrl+Enter: saved, and on to the next.
    form.ui.name_edit.clear()
    type_into(qtbot, form.ui.name_edit, "Lin Mei")
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "2 of 3" in page.ui.review_label.text())
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "张伟")
    assert "Lin Mei" in [r.full_name for r in services.candidates.list_rows()]

    qtbot.mouseClick(page.ui.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "Tom Baker")
    qtbot.mouseClick(page.ui.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "张伟")
    qtbot.mouseClick(page.ui.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.name_edit.text() == "Tom Baker")
    qtbot.keyClick(form.ui.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.reviewing())
