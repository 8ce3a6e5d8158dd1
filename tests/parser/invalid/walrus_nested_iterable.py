x = [a for b in c for a in (d := b)]
