"""How pathlib splits and joins paths on POSIX and on Windows (Taipan's own implementation).

A path is kept as (drive, root, tail): the drive ('c:', '\\\\server\\share' or ''), the root
(a separator, two on POSIX for exactly two leading slashes, or ''), and the list of names
after them without empty and '.' components."""

import sys


class PosixFlavour:
    sep = "/"
    altsep = ""
    is_supported = sys.platform != "win32"

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def splitroot(self, part):
        if part[:1] == "/":
            stripped = part.lstrip("/")
            return "", "//" if len(part) - len(stripped) == 2 else "/", stripped
        return "", "", part

    def is_reserved(self, tail, drv, root):
        return False

    def join_anchored(self, drv, root, tail, drv2, root2, tail2):
        """(drive, root, tail) of path 1 joined with path 2."""
        if root2:
            return drv2, root2, tail2
        return drv, root, tail + tail2

    def uri_prefix(self, drv):
        return "file://"


class WindowsFlavour:
    sep = "\\"
    altsep = "/"
    is_supported = sys.platform == "win32"
    _letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    _reserved = ({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {"COM%s" % c for c in "123456789\xb9\xb2\xb3"}
                 | {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"})

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def splitroot(self, part):
        sep = "\\"
        prefix = ""
        if part.startswith("\\\\?\\"):
            prefix = part[:4]
            part = part[4:]
            if part.upper().startswith("UNC\\"):
                prefix += part[:3]
                part = "\\" + part[3:]
        first, second, third = part[0:1], part[1:2], part[2:3]
        if second == sep and first == sep and third != sep:
            # \\server\share\...: the drive is the server and share
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    if prefix:
                        return prefix + part[1:index2], sep, part[index2 + 1:]
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ""
        if second == ":" and first in self._letters:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def is_reserved(self, tail, drv, root):
        if not tail and not drv:
            return False
        if drv.startswith("\\\\"):
            return False
        if not tail:
            return False
        name = tail[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in self._reserved

    def join_anchored(self, drv, root, tail, drv2, root2, tail2):
        if root2:
            if not drv2 and drv:
                return drv, root2, tail2
            return drv2, root2, tail2
        if drv2:
            if self.casefold(drv2) == self.casefold(drv):
                return drv, root, tail + tail2
            return drv2, root2, tail2
        return drv, root, tail + tail2

    def uri_prefix(self, drv):
        return "file:///" if len(drv) == 2 and drv[1] == ":" else "file:"


def parse(flavour, args):
    """(drive, root, tail) of the path the strings in args make when joined."""
    sep, altsep = flavour.sep, flavour.altsep
    tail = []
    drv = root = ""
    it = reversed(args)
    for part in it:
        if not part:
            continue
        if altsep:
            part = part.replace(altsep, sep)
        drv, root, rel = flavour.splitroot(part)
        for x in reversed(rel.split(sep)):
            if x and x != ".":
                tail.append(sys.intern(x))
        if drv or root:
            if not drv:
                # ("C:", "/", "a") means C:\a: take the drive from an earlier argument
                for part in it:
                    if not part:
                        continue
                    if altsep:
                        part = part.replace(altsep, sep)
                    drv = flavour.splitroot(part)[0]
                    if drv:
                        break
            break
    tail.reverse()
    return drv, root, tail


posix = PosixFlavour()
windows = WindowsFlavour()
