words = ["banana", "Apple", "cherry", "apple", "", "Banana", "a", "ab", "B"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("apple" < "apples", "Apple" < "apple", "zebra" > "aardvark")
print("10" < "9", "abc" == "ab" + "c", "a" * 3 == "aaa")
print(min(words), max(words))
print("\x00" < "\x01", "\U0001F600" > "\uffff")
print("straße" == "strasse", "straße".upper() == "STRASSE")
