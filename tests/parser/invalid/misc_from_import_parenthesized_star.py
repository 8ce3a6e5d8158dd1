from a import (b, *)
