from hhdesk.cli import main

raise SystemExit(main())
