import pprint

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
        "tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, "
        "quis nostrud exercitation\n\nullamco laboris.")
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text], width=40)
pprint.pprint({"key": text, "other": "short"}, width=50)
pprint.pprint(("x" * 100,), width=30)
pprint.pprint("nospacesatallinthisverylongstringwhichcannotbesplitanywhere" * 2, width=20)
pprint.pprint("tabs\tand 'quotes' and \"double\" and é ü \x00", width=15)
pprint.pprint("", width=1)
pprint.pprint("   leading spaces and trailing   ", width=12)
pprint.pprint(b"\x00\x01binary data that is long enough to wrap" * 3, width=30)
pprint.pprint([b"abcdefgh" * 10], width=30)
pprint.pprint(b"abc", width=1)
pprint.pprint(bytearray(b"bytearray contents " * 5), width=40)
pprint.pprint({"b": bytearray(b"x" * 50)}, width=30)
