raise SystemExit(258)
