template = "{name} owes {amount:.2f}"
print(template.format(name="Ann", amount=12.5))
print(template.format(name="Bob", amount="lots"))
