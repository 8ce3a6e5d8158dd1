def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)


def rle(s):
    res = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        res.append(f"{j - i}{s[i]}")
        i = j
    return "".join(res)


print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"), is_palindrome(""))
print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 11), -11))
print(rle("aaabccddddd"), rle(""), rle("x"))
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(" ".join(w.capitalize() for w in words))
