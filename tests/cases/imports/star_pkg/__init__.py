__all__ = ["public", "sub_a"]
public = "p"
other = "o"
_private = "x"
