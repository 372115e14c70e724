"""Front coding for the generated word lists (imported by the generators).

A sorted list's word shares its first bytes with the word before it; front
coding writes how many (a digit, at most 9, never splitting a character),
then the rest: "ania" after "ana" is "2ia". The engine writes the list out
again on load (`lexicon::front_decoded`). Sorted lists so written are an
eighth smaller in the page's gzip download.
"""

FORMAT = [
    "Each entry is front-coded: a digit, how many leading bytes it shares with the",
    "entry before it (in its group), then its other bytes (\"2ia\" after \"ana\").",
]


def front_coded(words):
    """`words` (in their order), each as a front-coded line."""
    prev = b""
    for word in words:
        data = word.encode("utf-8")
        assert data and not data[:1].isdigit() and not data.startswith(b"|"), word
        k = 0
        for ch in word:
            n = len(ch.encode("utf-8"))
            if k + n > min(len(prev), 9) or data[k:k + n] != prev[k:k + n]:
                break
            k += n
        yield f"{k}{data[k:].decode('utf-8')}"
        prev = data
