import (a, b)
