text = "  mixed Case  "
print(text.strip().lower().title())
print(text.strip().lower().reverse())
