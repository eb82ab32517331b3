"""The parts of the basemap that GSHHG cannot give: the 1917 railways the story uses, their
stations, and a few main streets. Drawn by the project, so every feature says so.

Station positions are those of the project's design notes (WGS84, about +-100 m). Between
stations a railway is a straight line unless a shape point is listed: shape points are added
only where the straight line would mislead (the tracks leave the Petrograd termini southward
before turning; the Oranienbaum line keeps inland of the coast). Nothing here is surveyed.

Coordinates are (lon, lat), GeoJSON order.
"""

RAILWAY_SOURCE = "drawn by the project from station positions"
STREET_SOURCE = "traced by the project from known points"

# id -> (name, (lon, lat))
STATIONS = {
    "baltic-station": ("Baltic station", (30.2988, 59.9071)),
    "warsaw-station": ("Warsaw station", (30.3072, 59.9077)),
    "tsarskoye-selo-station-petrograd": (
        "Tsarskoye Selo station, Petrograd (now Vitebsky)",
        (30.3289, 59.9199),
    ),
    "ligovo": ("Ligovo", (30.1789, 59.8233)),
    "krasnoye-selo-station": ("Krasnoye Selo", (30.1039, 59.7308)),
    "duderhof": ("Duderhof", (30.1183, 59.7025)),
    "pudost": ("Pudost", (30.0825, 59.6078)),
    "gatchina-baltic": ("Gatchina-Baltic", (30.1033, 59.5598)),
    "shosseynaya": ("Shosseynaya", (30.333, 59.808)),
    "aleksandrovskaya": ("Aleksandrovskaya", (30.3375, 59.7306)),
    "gatchina-warsaw": ("Gatchina-Warsaw", (30.1331, 59.5533)),
    "srednyaya": ("Srednyaya", (30.3882, 59.8064)),
    "tsarskoye-selo": ("Tsarskoye Selo (now Pushkin)", (30.4294, 59.7228)),
    "pavlovsk": ("Pavlovsk", (30.4328, 59.6933)),
    "strelna": ("Strelna", (30.0317, 59.8473)),
    "new-peterhof": ("New Peterhof", (29.9253, 59.8642)),
    "oranienbaum": ("Oranienbaum (now Lomonosov)", (29.767, 59.917)),
}

# Each railway: id, name, and its path as a list of station ids (strings) and shape points
# (lon, lat tuples) in travel order from Petrograd.
RAILWAYS = [
    (
        "baltic",
        "Baltic railway (Petrograd - Krasnoye Selo - Gatchina)",
        [
            "baltic-station",
            # The tracks leave the terminus southward past the Obvodny canal before they
            # bend south-west along the Putilov works.
            (30.2962, 59.8985),
            "ligovo",
            "krasnoye-selo-station",
            "duderhof",
            "pudost",
            "gatchina-baltic",
        ],
    ),
    (
        "warsaw",
        "Warsaw railway (Petrograd - Gatchina)",
        [
            "warsaw-station",
            (30.3085, 59.8985),
            "shosseynaya",
            "aleksandrovskaya",
            "gatchina-warsaw",
        ],
    ),
    (
        "tsarskoye-selo",
        "Tsarskoye Selo railway (Petrograd - Tsarskoye Selo - Pavlovsk)",
        [
            "tsarskoye-selo-station-petrograd",
            (30.3300, 59.9060),
            "srednyaya",
            "tsarskoye-selo",
            "pavlovsk",
        ],
    ),
    (
        "oranienbaum",
        "Oranienbaum railway (Ligovo - Peterhof - Oranienbaum)",
        [
            "ligovo",
            "strelna",
            "new-peterhof",
            # Between Peterhof and Oranienbaum the line runs a little inland of the shore.
            (29.8450, 59.8860),
            "oranienbaum",
        ],
    ),
]

# id -> (name, points). City streets the routes follow; approximate to a few hundred metres.
STREETS = [
    (
        "nevsky",
        "Nevsky Prospekt",
        [
            (30.3135, 59.9365),  # Admiralty
            (30.3433, 59.9332),  # Anichkov bridge
            (30.3610, 59.9313),  # Znamenskaya square
            (30.3852, 59.9238),  # Alexander Nevsky Lavra
        ],
    ),
    (
        "to-narva-gate",
        "Voznesensky and Izmailovsky Prospekts to the Narva gate",
        [
            (30.3095, 59.9360),  # Admiralty
            (30.3072, 59.9180),  # Izmailovsky bridge over the Fontanka
            (30.3030, 59.9095),  # Obvodny canal by the Baltic and Warsaw stations
            (30.2739, 59.9009),  # Narva gate
        ],
    ),
    (
        "peterhof-road",
        "Peterhof road (Narva gate - Peterhof - Oranienbaum)",
        [
            (30.2739, 59.9009),  # Narva gate
            (30.2625, 59.8790),  # past the Putilov works
            (30.2600, 59.8660),
            (30.1800, 59.8500),
            (30.0500, 59.8500),  # Strelna
            (29.9600, 59.8700),
            (29.9089, 59.8790),  # Peterhof
            (29.8400, 59.8890),
            (29.7700, 59.9140),  # Oranienbaum
        ],
    ),
]
