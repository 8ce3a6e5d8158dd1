text = ("Taipan is a Python virtual machine written in Java. It aims to run ordinary programs "
        "exactly as CPython does, printing the same output and raising the same errors.")


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines


for w in (30, 45):
    out = wrap(text, w)
    print(f"width {w}: {len(out)} lines")
    for l in out:
        print("|" + l.ljust(w) + "|")
print(wrap("", 10), wrap("supercalifragilistic", 5))
