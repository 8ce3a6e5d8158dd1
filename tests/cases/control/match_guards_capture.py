def run(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return "going " + direction
        case ["go", direction]:
            return "can't go " + direction
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["quit" | "exit" as word]:
            return "bye via " + word
        case [("look" | "peek") as verb, ("up" | "down") as where]:
            return f"{verb}ing {where}"
        case _:
            return "unknown: " + cmd


for c in ["go north", "go west", "take lamp key", "take", "quit", "exit", "look up", "peek down", "dance", ""]:
    print(run(c))
x = 5
match x:
    case n if n > 10:
        print("big")
    case n:
        print("captured", n)
print(n)
