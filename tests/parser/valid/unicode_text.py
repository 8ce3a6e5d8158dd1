# Non-ASCII characters in strings, comments and bytes escapes; columns are byte offsets.
s = "é"
t = "€" + x
u = "😀" + y
v = '日本語' + z
w = "é", "€", "😀", a
# коментарий 🙂
x = [  # комментарий
    "α", b,
]
y = f"é{c}€{d}😀{e}"
z = b"\xe9" + g
h = ("ä"
     "ö")
i = """é
€ {x}
😀"""
j = "\u00e9" + "é"
k = 'mixed ascii and é and € and 😀'
l = f'{"é"}{m}'
n = {"ключ": "значение", o: "é"}
