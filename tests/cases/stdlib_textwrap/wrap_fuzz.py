import textwrap

# deterministic pseudo-random paragraphs compared line by line with CPython
words = ["a", "an", "the", "hyphen-ated", "word", "e-mail", "--", "x--y", "long" * 5,
         "end.", "Stop!", "q?", '"quoted."', "tab\there", "12-34", "a-b-c", "  ", "\n",
         "ünïcödé", "mid-air-refuelling", "-dash", "dash-", "ok,", "fin."]
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


for trial in range(120):
    text = " ".join(words[rand(len(words))] for _ in range(rand(25) + 1))
    opts = dict(width=rand(30) + 1,
                break_long_words=rand(4) != 0,
                break_on_hyphens=rand(3) != 0,
                drop_whitespace=rand(4) != 0,
                fix_sentence_endings=rand(3) == 0,
                expand_tabs=rand(5) != 0,
                replace_whitespace=rand(5) != 0)
    if rand(3) == 0:
        opts["max_lines"] = rand(4) + 1
    if rand(3) == 0:
        opts["initial_indent"] = "-" * rand(min(4, opts["width"]))
        opts["subsequent_indent"] = " " * rand(min(4, opts["width"]))
    try:
        print(trial, textwrap.wrap(text, **opts))
    except ValueError as e:
        print(trial, "ValueError", e)
