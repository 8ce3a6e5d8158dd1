from ..helper import H as H2
VAL = H2 + "!"
