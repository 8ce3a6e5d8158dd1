from .. a
