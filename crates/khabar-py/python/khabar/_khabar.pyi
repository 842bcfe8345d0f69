# Types of the compiled module (src/lib.rs). Use khabar.analyze and
# khabar.merge rather than these.
from typing import Optional, Union

__version__: str

def analyze_json(
    input: Union[str, bytes, bytearray],
    date: Optional[str] = None,
    lang: str = "auto",
    format: str = "auto",
    id: Optional[str] = None,
    name: Optional[str] = None,
) -> str: ...
def merge_json(analyses: str) -> str: ...
