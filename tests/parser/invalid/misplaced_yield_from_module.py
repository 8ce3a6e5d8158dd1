yield from x
