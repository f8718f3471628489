import os
import sys

MODELS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for p in (MODELS, os.path.join(MODELS, "parity"), os.path.join(MODELS, "convert"), os.path.join(MODELS, "data")):
    if p not in sys.path:
        sys.path.insert(0, p)
