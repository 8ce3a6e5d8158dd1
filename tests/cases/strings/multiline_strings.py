text = """first line
    indented second
third with 'quotes' and "doubles"
"""
print(text)
print(len(text.splitlines()), text.count("\n"))
raw = r"C:\new\table\x"
print(raw, len(raw))
joined = ("implicit "
          "concatenation "
          'of literals')
print(joined)
cont = "back\
slash continued"
print(cont)
print('''single triple''', """with \"\"\" escaped""")
print("\N{GREEK SMALL LETTER ALPHA}\N{BULLET}", "\x41\101\u0041")
