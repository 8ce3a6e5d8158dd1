# mode: eval
[lambda: x for x in y if (w := x)]
