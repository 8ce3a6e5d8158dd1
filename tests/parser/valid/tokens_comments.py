# Comments in every position where they can appear.
x = 1  # trailing comment
# full-line comment
    # indented full-line comment
if x:  # after colon
    # before first statement of block
    y = 2
    # between statements
    z = 3
# dedented comment inside nothing
    # comment at deeper indent
w = [  # after open bracket
    1,  # after item
    # own line inside brackets
    2
    # before close
]  # after close
def f(  # in parameters
    a,  # param a
):  # after def
    pass  # after pass
#
#!
#: not a cookie
a = 1#no space
b = '#not a comment'
c = "# neither"
d = f'{x}#'
# type: ignore
e = 1  # type: int
def g(a,  # type: int
      ):
    # type: (...) -> None
    pass
