f(
    a,
    b c,
)
