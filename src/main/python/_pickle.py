"""The accelerator module's name: CPython's pickle classes live in _pickle, and pickles that
name them (protocol 3 and above) refer to _pickle.Pickler and friends. Taipan's are in pickle."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, PickleBuffer,
                    dump, dumps, load, loads)
