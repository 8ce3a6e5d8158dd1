text = "hello"
print(text.upper())
text.push("!")
