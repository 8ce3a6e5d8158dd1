a = "\ud800\udc02"
b = "\ud800" + "\udc02"
c = "\ud83d\ude00" * 2
d = x in {"\ud800\udc00", "\U00010000"}
e = "a\ud800\udc00b"[1]
