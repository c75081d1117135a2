from lacworkshop.cli import main

raise SystemExit(main())
