import os
import sys

# Make tests/rulebook.py importable whatever the rootdir.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
