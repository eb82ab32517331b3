"""The parts of the basemap that GSHHG cannot give: the 1917 railways the story uses, their
stations, and the city of 1917 (main avenues, canals, the Neva bridges, the districts the
memoir names). Drawn by the project, so every feature says so.

Station positions are those of the project's design notes (WGS84, about +-100 m). Between
stations a railway is a straight line unless a shape point is listed: shape points are added
only where the straight line would mislead (the tracks leave the Petrograd termini southward
before turning; the Oranienbaum line keeps inland of the coast). Nothing here is surveyed.

Coordinates are (lon, lat), GeoJSON order.

Names: each city feature has its 1917 name in English and French and, where it differs,
today's. Only what stood in October 1917 is drawn. Not drawn: the floating St Isaac's
bridge (moved to the Senate Square when the Palace Bridge was built, it burned in 1916);
the Bolshoy Obukhovsky and other later bridges. The Birzhevoy bridge of 1917 is the wooden
bridge of 1894 on the axis of Zoologichesky lane, some 70 m upstream of today's (1960).
"""

RAILWAY_SOURCE = "drawn by the project from station positions"
STREET_SOURCE = "traced by the project from known points"
CANAL_SOURCE = "traced by the project from its known bridges"
BRIDGE_SOURCE = "drawn by the project at the bridge's known site; which stood in 1917 from each bridge's dates"
DISTRICT_SOURCE = "label placed by the project; names of 1917"

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

# The Neva through the city, downstream, from the site of today's Volodarsky bridge (not
# there in 1917) to where GSHHG's water polygons of the delta begin, by the Liteyny bridge.
# GSHHG has the river there as a line only, and that line runs up to 2 km from the river
# (north of its bend at Smolny, east of the Lavra): the bridges and the Obvodny canal's
# mouth would not meet it.
NEVA_SOURCE = "through the city, drawn by the project from its bridges and embankments"
NEVA_CITY = [
    (30.4540, 59.8776),  # site of the Volodarsky bridge (1936)
    (30.4430, 59.8860),  # Finland railway bridge
    (30.4300, 59.8950),
    (30.4150, 59.9050),
    (30.4040, 59.9140),
    (30.3978, 59.9200),  # the Lavra; mouth of the Obvodny canal
    (30.4010, 59.9300),
    (30.4045, 59.9415),  # Emperor Peter the Great bridge
    (30.4030, 59.9490),  # the bend below Smolny
    (30.3900, 59.9522),
    (30.3710, 59.9517),  # Kresty
    (30.3500, 59.9525),  # Liteyny bridge
    (30.3440, 59.9515),  # into GSHHG's water
]

# City streets: id, names (see NAMES), points. Approximate to a few hundred metres.
STREETS = [
    (
        "nevsky",
        [
            (30.3135, 59.9365),  # Admiralty
            (30.3433, 59.9332),  # Anichkov bridge
            (30.3610, 59.9313),  # Znamenskaya square
            (30.3852, 59.9238),  # Alexander Nevsky Lavra
        ],
    ),
    (
        "liteyny",
        [
            (30.3490, 59.9497),  # Liteyny bridge
            (30.3482, 59.9410),
            (30.3476, 59.9322),  # Nevsky
            (30.3478, 59.9272),  # Vladimirskaya square (as Vladimirsky Prospekt)
        ],
    ),
    (
        "zagorodny",
        [
            (30.3478, 59.9272),  # Vladimirskaya square
            (30.3395, 59.9257),  # Five Corners
            (30.3295, 59.9209),  # by the Tsarskoye Selo station
            (30.3190, 59.9166),  # Technological Institute
        ],
    ),
    (
        "zabalkansky",
        [
            (30.3200, 59.9195),  # Obukhovsky bridge over the Fontanka
            (30.3190, 59.9166),  # Technological Institute
            (30.3182, 59.9075),  # Obvodny canal
            (30.3193, 59.8915),  # Moscow triumphal gate
        ],
    ),
    (
        "to-narva-gate",
        [
            (30.3095, 59.9360),  # Admiralty
            (30.3072, 59.9180),  # Izmailovsky bridge over the Fontanka
            (30.3030, 59.9095),  # Obvodny canal by the Baltic and Warsaw stations
            (30.2739, 59.9009),  # Narva gate
        ],
    ),
    (
        "peterhof-road",
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

# Canals (and the Fontanka, a river turned canal): id, points from source to mouth. Each
# starts and ends at water the coastline has (the Neva) or at another canal.
CANALS = [
    (
        "fontanka",
        [
            (30.3388, 59.9468),  # out of the Neva by the Summer Garden
            (30.3398, 59.9405),  # Panteleimonovsky bridge
            (30.3425, 59.9365),  # Simeonovsky bridge
            (30.3433, 59.9332),  # Anichkov bridge
            (30.3368, 59.9285),  # Lomonosov bridge
            (30.3270, 59.9243),  # Semyonovsky bridge
            (30.3200, 59.9195),  # Obukhovsky bridge
            (30.3072, 59.9180),  # Izmailovsky bridge
            (30.2962, 59.9152),  # Egyptian bridge
            (30.2765, 59.9152),  # Staro-Kalinkin bridge
            (30.2640, 59.9160),  # into the Bolshaya Neva
        ],
    ),
    (
        "moika",
        [
            (30.3398, 59.9430),  # out of the Fontanka by the Summer Garden
            (30.3300, 59.9412),  # along the Field of Mars
            (30.3207, 59.9397),  # Pevchesky bridge, by the Palace Square
            (30.3200, 59.9360),  # Nevsky
            (30.3150, 59.9337),  # Red bridge
            (30.3088, 59.9318),  # Blue bridge
            (30.2990, 59.9309),  # Pochtamtsky bridge
            (30.2880, 59.9278),  # New Holland
            (30.2760, 59.9240),  # into the Bolshaya Neva
        ],
    ),
    (
        "ekaterininsky",
        [
            (30.3287, 59.9410),  # out of the Moika by the Field of Mars
            (30.3246, 59.9356),  # Kazan bridge, Nevsky
            (30.3228, 59.9310),  # Bank bridge
            (30.3185, 59.9283),  # by the Haymarket
            (30.3085, 59.9252),  # Voznesensky bridge
            (30.2990, 59.9243),
            (30.2960, 59.9200),  # by St Nicholas' cathedral
            (30.2870, 59.9168),  # into the Fontanka
        ],
    ),
    (
        "obvodny",
        [
            (30.3985, 59.9192),  # out of the Neva below the Lavra
            (30.3790, 59.9175),
            (30.3500, 59.9142),  # Ligovsky Prospekt
            (30.3300, 59.9108),
            (30.3182, 59.9075),  # Zabalkansky Prospekt
            (30.3050, 59.9090),  # by the Warsaw and Baltic stations
            (30.2880, 59.9092),
            (30.2700, 59.9078),  # into the Ekaterinhofka
        ],
    ),
]

# The bridges over the Neva and its branches that stood in October 1917: id, (start, end)
# on the two banks.
BRIDGES = [
    ("nikolaevsky", [(30.2912, 59.9332), (30.2866, 59.9368)]),
    ("dvortsovy", [(30.3098, 59.9400), (30.3062, 59.9423)]),
    ("troitsky", [(30.3282, 59.9458), (30.3244, 59.9518)]),
    ("liteyny-bridge", [(30.3490, 59.9497), (30.3502, 59.9548)]),
    ("peter-the-great", [(30.3988, 59.9404), (30.4052, 59.9425)]),
    ("tuchkov", [(30.2822, 59.9471), (30.2857, 59.9512)]),
    ("birzhevoy", [(30.3057, 59.9440), (30.3063, 59.9480)]),
]

# Where a street's or canal's name is written on the map: a point on the line, chosen clear
# of the story's places. Lines not listed are drawn without a name.
LABEL_AT = {
    "nevsky": (30.3540, 59.9321),
    "liteyny": (30.3485, 59.9440),
    "zagorodny": (30.3345, 59.9233),
    "zabalkansky": (30.3187, 59.9000),
    "fontanka": (30.3411, 59.9385),
    "moika": (30.3040, 59.9314),
    "ekaterininsky": (30.3135, 59.9268),
    "obvodny": (30.3400, 59.9125),
}

# Districts and islands the memoir names: id, where the label goes.
DISTRICTS = [
    ("vasilievsky", (30.2560, 59.9410)),
    ("petrograd-side", (30.3030, 59.9625)),
    ("vyborg-side", (30.3480, 59.9665)),
    ("okhta", (30.4270, 59.9420)),
    ("narva-district", (30.2880, 59.8925)),
]

# id -> (1917 name en, 1917 name fr, today's en or None, today's fr or None, note or None).
NAMES = {
    "nevsky": ("Nevsky Prospekt", "perspective Nevski", None, None, None),
    "liteyny": ("Liteyny Prospekt", "perspective Liteïny", None, None,
                "south of the Nevsky as Vladimirsky Prospekt"),
    "zagorodny": ("Zagorodny Prospekt", "perspective Zagorodny", None, None, None),
    "zabalkansky": ("Zabalkansky Prospekt", "perspective Zabalkanski",
                    "Moskovsky Prospekt", "perspective de Moscou",
                    "from the Fontanka to the Moscow triumphal gate"),
    "to-narva-gate": ("Voznesensky and Izmailovsky Prospekts", "perspectives Voznessenski et Izmaïlovski",
                      None, None, None),
    "peterhof-road": ("Peterhof road", "route de Peterhof",
                      "Stachek Prospekt and the Peterhof highway",
                      "perspective Stachek et route de Peterhof",
                      "from the Narva gate past the Putilov works to Peterhof and Oranienbaum"),
    "fontanka": ("Fontanka", "Fontanka", None, None, None),
    "moika": ("Moika", "Moïka", None, None, None),
    "ekaterininsky": ("Ekaterininsky Canal", "canal Catherine", "Griboyedov Canal",
                      "canal Griboïedov", None),
    "obvodny": ("Obvodny Canal", "canal Obvodny", None, None, None),
    "nikolaevsky": ("Nikolaevsky Bridge", "pont Nicolas", "Blagoveshchensky Bridge",
                    "pont de l'Annonciation", "built 1850"),
    "dvortsovy": ("Palace Bridge", "pont du Palais", None, None,
                  "opened to traffic on 23 December 1916 (O.S.) but unfinished: its railings "
                  "stayed temporary wooden ones until 1939; the floating bridge it replaced "
                  "had been moved away in 1916"),
    "troitsky": ("Troitsky Bridge", "pont de la Trinité", None, None, "built 1903"),
    "liteyny-bridge": ("Alexandrovsky (Liteyny) Bridge", "pont Alexandre (Liteïny)",
                       "Liteyny Bridge", "pont Liteïny", "built 1879"),
    "peter-the-great": ("Emperor Peter the Great Bridge", "pont Pierre-le-Grand",
                        "Bolsheokhtinsky Bridge", "pont Bolcheokhtinski", "built 1911"),
    "tuchkov": ("Tuchkov Bridge", "pont Toutchkov", None, None,
                "a wooden bridge over the Malaya Neva in 1917 (today's is of 1965)"),
    "birzhevoy": ("Birzhevoy Bridge", "pont de la Bourse", None, None,
                  "the wooden bridge of 1894 over the Malaya Neva, a little upstream of "
                  "today's (1960); where it stood is approximate"),
    "vasilievsky": ("Vasilievsky Island", "île Vassilievski", None, None, None),
    "petrograd-side": ("Petrograd side", "côté de Pétrograd", None, None,
                       "the Petersburg side until 1914"),
    "vyborg-side": ("Vyborg side", "côté de Vyborg", None, None, None),
    "okhta": ("Okhta", "Okhta", None, None, "Bolshaya and Malaya Okhta"),
    "narva-district": ("Narva district", "quartier de Narva", "Kirovsky district (in part)",
                       "arrondissement Kirovski (en partie)",
                       "the working-class district around the Narva gate and the Putilov "
                       "works; it had no single centre"),
}
