"""Generate the reference lists in ``resources/reference/``.

Run from the repository root::

    pip install pycountry          # only needed here, never at runtime
    python tools/gen_reference.py

The generated JSON files are committed; the application reads them and does not depend on
``pycountry``.  Outputs (UTF-8, indented, sorted by code):

* ``countries.json``                 ISO 3166-1 countries + "XX" (stateless) and "ZZ" (unknown)
* ``frequent_third_countries.json``  third countries that de-identification keeps individually
* ``kldb2010.json``                  selected KldB 2010 Berufsgattungen (5-digit codes)
* ``kldb2010_groups.json``           the KldB 2010 Berufsgruppen (3-digit) those occupations belong to
* ``federal_states.json``            the 16 German Länder (ISO 3166-2:DE)

The KldB codes below were checked one by one against the systematic index of the KldB 2010
(revised edition 2020) published by the Bundesagentur für Arbeit.  Titles are short,
counsellor-friendly paraphrases, not the official long titles.
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "reference"

# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------

# fmt: off
EU = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
# fmt: on
EEA_NON_EU = frozenset({"IS", "LI", "NO"})
CH = frozenset({"CH"})
EU_EEA_CH = EU | EEA_NON_EU | CH

# Counsellor-friendly short names where the ISO/pycountry name is long or formal.
NAME_DE_OVERRIDES = {
    "BN": "Brunei",
    "CX": "Weihnachtsinsel",
    "FK": "Falklandinseln",
    "FM": "Mikronesien",
    "PS": "Palästina",
    "RU": "Russland",
    "SX": "Sint Maarten",
    "UM": "Kleinere Amerikanische Überseeinseln",
    "VA": "Vatikanstadt",
}
NAME_EN_OVERRIDES = {
    "BN": "Brunei",
    "CD": "Congo, Democratic Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "PS": "Palestine",
    "RU": "Russia",
    "SX": "Sint Maarten",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

SPECIAL_COUNTRIES = [
    {"code": "XX", "name_de": "staatenlos", "name_en": "stateless", "group": "stateless_unknown"},
    {"code": "ZZ", "name_de": "unbekannt", "name_en": "unknown", "group": "stateless_unknown"},
]

# Most frequent countries of origin among people advised by the IQ network (third countries only;
# Kosovo has no ISO 3166-1 code and is therefore not listed).
# fmt: off
FREQUENT_THIRD_COUNTRIES = sorted([
    "SY", "AF", "IQ", "IR", "ER", "TR", "UA", "RU", "NG", "PK", "IN", "EG", "MA",
    "TN", "DZ", "RS", "BA", "AL", "MK", "VN", "CN", "PH", "BR", "CO", "SO",
])
# fmt: on


def build_countries() -> list[dict[str, str]]:
    import pycountry  # generation-time only

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    rows = []
    for c in pycountry.countries:
        en = getattr(c, "common_name", None) or c.name
        name_de = NAME_DE_OVERRIDES.get(c.alpha_2) or de.gettext(en)
        if name_de == en and c.name != en:  # no translation of the common name: use the official one
            name_de = de.gettext(c.name)
        rows.append(
            {
                "code": c.alpha_2,
                "name_de": name_de,
                "name_en": NAME_EN_OVERRIDES.get(c.alpha_2, en),
                "group": "eu_eea_ch" if c.alpha_2 in EU_EEA_CH else "third_country",
            }
        )
    rows.extend(SPECIAL_COUNTRIES)
    return sorted(rows, key=lambda r: r["code"])


# --------------------------------------------------------------------------------------------
# Federal states
# --------------------------------------------------------------------------------------------

FEDERAL_STATES = [
    ("DE-BW", "Baden-Württemberg", "Baden-Württemberg"),
    ("DE-BY", "Bayern", "Bavaria"),
    ("DE-BE", "Berlin", "Berlin"),
    ("DE-BB", "Brandenburg", "Brandenburg"),
    ("DE-HB", "Bremen", "Bremen"),
    ("DE-HH", "Hamburg", "Hamburg"),
    ("DE-HE", "Hessen", "Hesse"),
    ("DE-MV", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
    ("DE-NI", "Niedersachsen", "Lower Saxony"),
    ("DE-NW", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
    ("DE-RP", "Rheinland-Pfalz", "Rhineland-Palatinate"),
    ("DE-SL", "Saarland", "Saarland"),
    ("DE-SN", "Sachsen", "Saxony"),
    ("DE-ST", "Sachsen-Anhalt", "Saxony-Anhalt"),
    ("DE-SH", "Schleswig-Holstein", "Schleswig-Holstein"),
    ("DE-TH", "Thüringen", "Thuringia"),
]


def build_federal_states() -> list[dict[str, str]]:
    import pycountry

    iso = {s.code for s in pycountry.subdivisions if s.country_code == "DE"}
    rows = []
    for code, name_de, name_en in FEDERAL_STATES:
        if code not in iso:
            raise SystemExit(f"{code} is not an ISO 3166-2:DE subdivision")
        rows.append({"code": code, "name_de": name_de, "name_en": name_en})
    return sorted(rows, key=lambda r: r["code"])


# --------------------------------------------------------------------------------------------
# KldB 2010
# --------------------------------------------------------------------------------------------

# 5th digit = Anforderungsniveau (requirement level).
LEVEL_DE = {"1": "Helfer", "2": "Fachkraft", "3": "Spezialist", "4": "Experte"}
LEVEL_EN = {"1": "helper", "2": "skilled", "3": "specialist", "4": "expert"}

# Berufsgruppen (3-digit): German title, English title.
GROUPS = {
    "111": ("Landwirtschaft", "Farming"),
    "112": ("Tierwirtschaft", "Animal husbandry"),
    "116": ("Weinbau", "Viticulture and winemaking"),
    "117": ("Forst- und Jagdwirtschaft, Landschaftspflege", "Forestry, hunting and landscape preservation"),
    "121": ("Gartenbau", "Gardening and horticulture"),
    "122": ("Floristik", "Floristry"),
    "212": (
        "Naturstein- und Mineralaufbereitung, Baustoffherstellung",
        "Natural stone, minerals and building materials",
    ),
    "222": ("Farb- und Lacktechnik", "Colour coating and varnishing"),
    "223": ("Holzbe- und -verarbeitung", "Woodworking"),
    "232": ("Technische Mediengestaltung", "Technical media design"),
    "234": ("Drucktechnik, Druckweiterverarbeitung, Buchbinderei", "Printing, print finishing and bookbinding"),
    "242": ("Metallbearbeitung", "Metalworking"),
    "244": ("Metallbau und Schweißtechnik", "Metal construction and welding"),
    "245": ("Feinwerk- und Werkzeugtechnik", "Precision mechanics and tool making"),
    "251": ("Maschinenbau- und Betriebstechnik", "Mechanical engineering and plant operation"),
    "252": ("Fahrzeug-, Luft-, Raumfahrt- und Schiffbautechnik", "Automotive, aerospace and shipbuilding engineering"),
    "261": ("Mechatronik und Automatisierungstechnik", "Mechatronics and automation"),
    "262": ("Energietechnik", "Energy technology"),
    "263": ("Elektrotechnik", "Electrical engineering"),
    "271": ("Technische Forschung und Entwicklung", "Technical research and development"),
    "272": ("Technisches Zeichnen, Konstruktion, Modellbau", "Technical drawing, design engineering, model making"),
    "273": ("Technische Produktionsplanung und -steuerung", "Production planning and control"),
    "282": ("Textilverarbeitung", "Clothing and textile products"),
    "292": ("Lebensmittel- und Genussmittelherstellung", "Food production"),
    "293": ("Speisenzubereitung", "Cooking"),
    "311": ("Bauplanung und -überwachung, Architektur", "Construction planning and supervision, architecture"),
    "312": ("Vermessung und Kartografie", "Surveying and cartography"),
    "321": ("Hochbau", "Building construction"),
    "322": ("Tiefbau", "Civil engineering works"),
    "331": ("Bodenverlegung", "Floor laying"),
    "332": (
        "Malerei, Stuckateurei, Bauwerksabdichtung, Bautenschutz",
        "Painting, plastering, waterproofing, building preservation",
    ),
    "333": (
        "Aus- und Trockenbau, Isolierung, Zimmerei, Glaserei",
        "Interior finishing, drywall, insulation, carpentry, glazing",
    ),
    "341": ("Gebäudetechnik", "Building services engineering"),
    "342": ("Klempnerei, Sanitär-, Heizungs- und Klimatechnik", "Plumbing, sanitation, heating and air conditioning"),
    "343": ("Ver- und Entsorgung", "Utilities and waste disposal"),
    "411": ("Mathematik und Statistik", "Mathematics and statistics"),
    "412": ("Biologie", "Biology"),
    "413": ("Chemie", "Chemistry"),
    "414": ("Physik", "Physics"),
    "421": ("Geologie, Geografie und Meteorologie", "Geology, geography and meteorology"),
    "422": ("Umweltschutztechnik", "Environmental protection engineering"),
    "423": ("Umweltmanagement und -beratung", "Environmental management and consulting"),
    "431": ("Informatik", "Computer science"),
    "432": ("IT-Systemanalyse, IT-Anwendungsberatung, IT-Vertrieb", "IT systems analysis, IT consulting, IT sales"),
    "433": (
        "IT-Netzwerktechnik, IT-Koordination, IT-Administration, IT-Organisation",
        "IT networks, coordination, administration and organisation",
    ),
    "434": ("Softwareentwicklung und Programmierung", "Software development and programming"),
    "513": (
        "Lagerwirtschaft, Post und Zustellung, Güterumschlag",
        "Warehousing, postal and delivery services, cargo handling",
    ),
    "516": ("Kaufleute in Verkehr und Logistik", "Transport and logistics clerks"),
    "521": ("Fahrzeugführung im Straßenverkehr", "Road vehicle drivers"),
    "522": ("Fahrzeugführung im Eisenbahnverkehr", "Train drivers"),
    "523": ("Fahrzeugführung im Flugverkehr", "Aircraft pilots"),
    "524": ("Fahrzeugführung im Schiffsverkehr", "Ship officers and masters"),
    "525": ("Bau- und Transportgeräteführung", "Construction and transport equipment operators"),
    "531": ("Objekt-, Personen-, Brandschutz, Arbeitssicherheit", "Security, fire protection, workplace safety"),
    "532": (
        "Polizei, Kriminaldienst, Gerichts- und Justizvollzug",
        "Police, criminal investigation, courts and prisons",
    ),
    "541": ("Reinigung", "Cleaning"),
    "611": ("Einkauf und Vertrieb", "Purchasing and sales"),
    "612": ("Handel", "Trade"),
    "613": ("Immobilienwirtschaft und Facility-Management", "Real estate and facility management"),
    "621": ("Verkauf (ohne Produktspezialisierung)", "Retail sales (general)"),
    "623": ("Verkauf von Lebensmitteln", "Retail sales of food"),
    "624": (
        "Verkauf von Drogerie-, Apotheken- und Medizinbedarf",
        "Retail sales of drugstore, pharmacy and medical goods",
    ),
    "631": ("Tourismus und Sport", "Tourism and sports"),
    "632": ("Hotellerie", "Hotels"),
    "633": ("Gastronomie", "Gastronomy"),
    "634": ("Veranstaltungsservice und -management", "Event services and management"),
    "711": ("Geschäftsführung und Vorstand", "Managing directors and executive boards"),
    "713": ("Unternehmensorganisation und -strategie", "Business organisation and strategy"),
    "714": ("Büro und Sekretariat", "Office and secretarial work"),
    "715": ("Personalwesen und -dienstleistung", "Human resources"),
    "721": ("Versicherungs- und Finanzdienstleistungen", "Insurance and financial services"),
    "722": ("Rechnungswesen, Controlling und Revision", "Accounting, controlling and auditing"),
    "723": ("Steuerberatung", "Tax consultancy"),
    "731": ("Rechtsberatung, -sprechung und -ordnung", "Legal services and the judiciary"),
    "732": ("Verwaltung", "Public administration"),
    "733": ("Medien-, Dokumentations- und Informationsdienste", "Archives, libraries, documentation"),
    "811": ("Arzt- und Praxishilfe", "Medical and practice assistants"),
    "812": ("Medizinisches Laboratorium", "Medical laboratory"),
    "813": (
        "Gesundheits- und Krankenpflege, Rettungsdienst, Geburtshilfe",
        "Nursing, emergency medical services, midwifery",
    ),
    "814": ("Human- und Zahnmedizin", "Human medicine and dentistry"),
    "815": ("Tiermedizin und Tierheilkunde", "Veterinary medicine"),
    "816": ("Psychologie und nichtärztliche Psychotherapie", "Psychology and non-medical psychotherapy"),
    "817": ("Nichtärztliche Therapie und Heilkunde", "Non-medical therapy and alternative medicine"),
    "818": ("Pharmazie", "Pharmacy"),
    "821": ("Altenpflege", "Elderly care"),
    "823": ("Körperpflege", "Body care"),
    "825": ("Medizin-, Orthopädie- und Rehatechnik", "Medical, orthopaedic and rehabilitation technology"),
    "831": ("Erziehung, Sozialarbeit, Heilerziehungspflege", "Education, social work, special-needs care"),
    "832": ("Hauswirtschaft und Verbraucherberatung", "Housekeeping and consumer counselling"),
    "833": ("Theologie und Gemeindearbeit", "Theology and church community work"),
    "841": ("Lehrtätigkeit an allgemeinbildenden Schulen", "Teachers at general schools"),
    "842": (
        "Lehrtätigkeit in berufsbildenden Fächern und betrieblicher Ausbildung",
        "Vocational teachers and in-company trainers",
    ),
    "843": ("Lehr- und Forschungstätigkeit an Hochschulen", "University teaching and research"),
    "844": ("Lehrtätigkeit an außerschulischen Bildungseinrichtungen", "Teachers outside the school system"),
    "845": ("Fahr-, Flug- und Sportlehrkräfte", "Driving, flying and sports instructors"),
    "911": ("Sprach- und Literaturwissenschaften", "Languages and literature"),
    "912": ("Geisteswissenschaften", "Humanities"),
    "913": ("Gesellschaftswissenschaften", "Social sciences"),
    "914": ("Wirtschaftswissenschaften", "Economics"),
    "921": ("Werbung und Marketing", "Advertising and marketing"),
    "922": ("Öffentlichkeitsarbeit", "Public relations"),
    "924": ("Redaktion und Journalismus", "Editorial work and journalism"),
    "931": ("Produkt- und Industriedesign", "Product and industrial design"),
    "932": (
        "Innenarchitektur, visuelles Marketing, Raumausstattung",
        "Interior design, visual merchandising, interior decoration",
    ),
    "941": ("Musik, Gesang, Dirigieren", "Music, singing, conducting"),
}

# Berufsuntergruppen (4-digit) with the requirement levels included here.  code = stem + level.
# (stem, German subject, English subject, levels)
OCCUPATIONS = [
    # --- agriculture, forestry, gardening -------------------------------------------------
    ("1110", "Landwirtschaft", "Farming", "1234"),
    ("1112", "Agrarwissenschaft", "Agricultural science", "34"),
    ("1121", "Nutztierhaltung (ohne Geflügel)", "Livestock farming (excl. poultry)", "12"),
    ("1160", "Weinbau und Kellerwirtschaft", "Viticulture and winemaking", "2"),
    ("1171", "Forstwirtschaft", "Forestry", "124"),
    ("1210", "Gartenbau", "Gardening", "12"),
    ("1214", "Garten- und Landschaftsbau", "Landscape gardening", "23"),
    ("1220", "Floristik", "Floristry", "2"),
    # --- production and manufacturing ----------------------------------------------------
    ("2123", "Steinmetz- und Steinbildhauerhandwerk", "Stonemasonry", "2"),
    ("2221", "Fahrzeuglackierung", "Vehicle painting", "2"),
    ("2234", "Tischlerei, Holzbau, Möbel- und Innenausbau", "Joinery, cabinet making and interior woodwork", "23"),
    ("2321", "Digital- und Printmediengestaltung", "Digital and print media design", "2"),
    ("2322", "Grafik-, Kommunikations- und Fotodesign", "Graphic, communication and photo design", "234"),
    ("2341", "Drucktechnik", "Printing technology", "2"),
    ("2420", "Metallbearbeitung", "Metalworking", "12"),
    ("2423", "Spanende Metallbearbeitung (Zerspanung)", "Metal cutting (machining)", "2"),
    ("2441", "Metallbau", "Metal construction", "123"),
    ("2442", "Schweiß- und Verbindungstechnik", "Welding and joining", "23"),
    ("2451", "Feinwerktechnik", "Precision mechanics", "2"),
    ("2452", "Werkzeugbau", "Tool making", "2"),
    ("2510", "Maschinenbau und Betriebstechnik", "Mechanical engineering", "1234"),
    ("2511", "Maschinen- und Gerätezusammensetzung", "Machine and equipment assembly", "2"),
    ("2512", "Maschinen- und Anlagenführung", "Machine and plant operation", "2"),
    ("2513", "Technischer Service, Wartung und Instandhaltung", "Technical service, maintenance and repair", "23"),
    ("2521", "Kraftfahrzeugtechnik", "Automotive technology", "234"),
    ("2522", "Land- und Baumaschinentechnik", "Agricultural and construction machinery", "2"),
    ("2523", "Luft- und Raumfahrttechnik", "Aerospace engineering", "234"),
    ("2524", "Schiffbautechnik", "Shipbuilding", "4"),
    ("2611", "Mechatronik", "Mechatronics", "234"),
    ("2612", "Automatisierungstechnik", "Automation and control engineering", "234"),
    ("2621", "Bauelektrik", "Electrical installation in buildings", "23"),
    ("2623", "Energie- und Kraftwerkstechnik", "Energy and power plant engineering", "234"),
    ("2624", "Regenerative Energietechnik", "Renewable energy technology", "234"),
    ("2625", "Elektrische Betriebstechnik", "Industrial electrical installation and maintenance", "2"),
    ("2630", "Elektrotechnik", "Electrical engineering", "1234"),
    ("2631", "Informations- und Telekommunikationstechnik", "Information and telecommunications technology", "234"),
    ("2632", "Mikrosystemtechnik", "Microsystems engineering", "4"),
    ("2710", "Technische Forschung und Entwicklung", "Technical research and development", "34"),
    ("2721", "Technisches Zeichnen", "Technical drawing", "2"),
    ("2722", "Konstruktion und Gerätebau", "Design engineering", "34"),
    ("2730", "Technische Produktionsplanung und -steuerung", "Production planning and control", "34"),
    ("2731", "Technische Qualitätssicherung", "Quality assurance", "234"),
    ("2821", "Modedesign", "Fashion design", "4"),
    ("2822", "Bekleidungsherstellung und Schneiderei", "Tailoring and clothing production", "12"),
    ("2920", "Lebensmittelherstellung", "Food production", "12"),
    ("2922", "Back- und Konditoreiwarenherstellung", "Baking and pastry making", "23"),
    ("2923", "Fleischverarbeitung", "Meat processing (butchery)", "2"),
    ("2930", "Köchin/Koch", "Cook", "12"),
    # --- construction and building services ----------------------------------------------
    ("3110", "Bauplanung und -überwachung", "Construction planning and supervision", "234"),
    ("3111", "Architektur", "Architecture", "4"),
    ("3112", "Stadt- und Raumplanung", "Urban and regional planning", "4"),
    ("3113", "Verkehrs- und Infrastrukturplanung", "Transport and infrastructure planning", "4"),
    ("3114", "Wasserwirtschaft", "Water resource management", "4"),
    ("3121", "Vermessung", "Surveying", "234"),
    ("3210", "Hochbau", "Building construction", "12"),
    ("3211", "Beton- und Stahlbetonbau", "Concrete construction", "2"),
    ("3212", "Maurerhandwerk", "Bricklaying", "2"),
    ("3214", "Dachdeckerei", "Roofing", "2"),
    ("3216", "Gerüstbau", "Scaffolding", "2"),
    ("3220", "Tiefbau", "Civil engineering works", "124"),
    ("3222", "Straßen- und Asphaltbau", "Road construction", "2"),
    ("3310", "Bodenverlegung", "Floor laying", "2"),
    ("3311", "Fliesen-, Platten- und Mosaikverlegung", "Tiling", "2"),
    ("3321", "Malerei und Lackiererei", "Painting and decorating", "12"),
    ("3322", "Stuckateurhandwerk", "Plastering", "2"),
    ("3330", "Innenausbau und Trockenbau", "Interior finishing and drywall", "12"),
    ("3331", "Isolierung", "Insulation", "2"),
    ("3332", "Zimmerei", "Carpentry", "2"),
    ("3334", "Glaserei", "Glazing", "2"),
    ("3410", "Gebäudetechnik", "Building services engineering", "234"),
    ("3421", "Sanitär-, Heizungs- und Klimatechnik", "Plumbing, heating and air conditioning", "234"),
    ("3431", "Wasserversorgung und Abwasserentsorgung", "Water supply and wastewater", "2"),
    ("3433", "Abfallwirtschaft", "Waste management", "2"),
    # --- natural sciences, geography, IT --------------------------------------------------
    ("4110", "Mathematik", "Mathematics", "4"),
    ("4111", "Statistik", "Statistics", "4"),
    ("4120", "Biologie", "Biology", "4"),
    ("4121", "Biologisch-technisches Laboratorium", "Biological laboratory technician", "23"),
    ("4126", "Mikrobiologie", "Microbiology", "4"),
    ("4130", "Chemie", "Chemistry", "4"),
    ("4131", "Chemie- und Pharmatechnik", "Chemical and pharmaceutical engineering", "1234"),
    ("4132", "Chemisch-technisches Laboratorium", "Chemical laboratory technician", "23"),
    ("4140", "Physik", "Physics", "4"),
    ("4141", "Physikalisch-technisches Laboratorium", "Physics laboratory technician", "2"),
    ("4142", "Werkstofftechnik", "Materials engineering", "4"),
    ("4212", "Geologie", "Geology", "4"),
    ("4213", "Geografie", "Geography", "4"),
    ("4214", "Meteorologie", "Meteorology", "4"),
    ("4220", "Umweltschutztechnik", "Environmental protection engineering", "4"),
    ("4231", "Umweltschutzverwaltung und -beratung", "Environmental administration and consulting", "4"),
    ("4310", "Informatik", "Computer science", "234"),
    ("4311", "Wirtschaftsinformatik", "Business informatics", "234"),
    ("4312", "Technische Informatik", "Computer engineering", "24"),
    ("4313", "Bio- und Medizininformatik", "Bio- and medical informatics", "4"),
    ("4321", "IT-Systemanalyse", "IT systems analysis", "4"),
    ("4322", "IT-Anwendungsberatung", "IT application consulting", "34"),
    ("4331", "IT-Netzwerktechnik", "IT network engineering", "234"),
    ("4332", "IT-Koordination", "IT coordination", "3"),
    ("4334", "IT-Systemadministration", "IT system administration", "3"),
    ("4335", "Datenbankentwicklung und -administration", "Database development and administration", "3"),
    ("4336", "Webadministration", "Web administration", "3"),
    ("4341", "Softwareentwicklung", "Software development", "234"),
    ("4342", "Programmierung", "Programming", "3"),
    # --- transport, logistics, security, cleaning ----------------------------------------
    ("5131", "Lagerwirtschaft und Logistik", "Warehousing and logistics", "12"),
    ("5132", "Post- und Zustelldienste", "Postal and delivery services", "12"),
    ("5162", "Speditions- und Logistikkaufleute", "Freight forwarding and logistics clerks", "23"),
    ("5211", "Personenbeförderung (Pkw)", "Passenger transport drivers (car)", "2"),
    ("5212", "Berufskraftfahrer (Güterverkehr/Lkw)", "Truck drivers (freight)", "2"),
    ("5213", "Bus- und Straßenbahnfahrer", "Bus and tram drivers", "2"),
    ("5220", "Triebfahrzeugführung im Eisenbahnverkehr", "Train drivers", "2"),
    ("5231", "Pilotin/Pilot", "Airline and aircraft pilots", "34"),
    ("5241", "Schiffsoffiziere und Kapitäne", "Deck officers and ship captains", "34"),
    ("5253", "Kran- und Hebeanlagenführung", "Crane and hoist operators", "2"),
    ("5311", "Objekt-, Werte- und Personenschutz", "Security guards and personal protection", "12"),
    ("5312", "Arbeitssicherheit und Sicherheitstechnik", "Occupational safety", "234"),
    ("5313", "Brandschutz", "Fire protection", "2"),
    ("5321", "Polizeivollzugsdienst", "Uniformed police", "2"),
    ("5410", "Reinigung", "Cleaning", "1"),
    ("5411", "Gebäudereinigung", "Building cleaning", "2"),
    # --- commerce, retail, hospitality ---------------------------------------------------
    ("6111", "Einkauf", "Purchasing", "23"),
    ("6112", "Vertrieb", "Sales (B2B)", "234"),
    ("6121", "Groß- und Außenhandel", "Wholesale and foreign trade", "23"),
    ("6131", "Immobilienwirtschaft", "Real estate", "23"),
    ("6132", "Facility-Management", "Facility management", "3"),
    ("6210", "Verkauf (ohne Produktspezialisierung)", "Retail sales (general)", "12"),
    ("6211", "Kassiertätigkeit", "Cashiers", "2"),
    ("6230", "Verkauf von Lebensmitteln", "Food retail", "12"),
    ("6231", "Verkauf von Back- und Konditoreiwaren", "Bakery sales", "2"),
    ("6241", "Verkauf von Drogerie- und Apothekenwaren", "Drugstore and pharmacy goods sales", "2"),
    ("6311", "Tourismuskaufleute", "Tourism clerks", "23"),
    ("6321", "Hotelkaufleute", "Hotel management assistants", "2"),
    ("6322", "Hotelservice", "Hotel service", "12"),
    ("6330", "Gastronomie", "Gastronomy and restaurant service", "12"),
    ("6331", "Systemgastronomie", "System catering (chains)", "2"),
    ("6340", "Veranstaltungsservice und -management", "Event services and management", "23"),
    # --- business, finance, law, administration -----------------------------------------
    ("7110", "Geschäftsführung und Vorstand", "Managing directors and executive boards", "4"),
    ("7130", "Kaufmännische und technische Betriebswirtschaft", "Business administration", "234"),
    ("7131", "Unternehmensorganisation und -planung", "Business organisation and planning", "4"),
    ("7132", "Unternehmensberatung", "Management consulting", "4"),
    ("7140", "Büro und Sekretariat", "Office clerks and secretaries", "123"),
    ("7141", "Fremdsprachensekretariat und -korrespondenz", "Foreign-language secretaries and correspondents", "2"),
    ("7142", "Dolmetschen und Übersetzen", "Interpreting and translation", "34"),
    ("7151", "Personalwesen und -dienstleistung", "Human resources", "234"),
    ("7152", "Personalvermittlung und Arbeitsvermittlung", "Recruitment and placement services", "23"),
    ("7211", "Bankkaufleute", "Bank clerks", "23"),
    ("7212", "Anlageberatung und Finanzdienstleistungen", "Investment advice and financial services", "234"),
    ("7213", "Versicherungskaufleute", "Insurance clerks", "23"),
    ("7221", "Buchhaltung", "Bookkeeping and accounting", "234"),
    ("7222", "Kostenrechnung und Kalkulation", "Cost accounting", "3"),
    ("7223", "Controlling", "Controlling", "34"),
    ("7224", "Wirtschaftsprüfung", "Auditing", "34"),
    ("7230", "Steuerberatung", "Tax consultancy", "234"),
    ("7310", "Rechtsberatung, -sprechung und -ordnung", "Legal professions (general)", "4"),
    ("7311", "Rechtsanwalts- und Notariatsfachangestellte", "Paralegals (law and notary offices)", "23"),
    ("7312", "Notariat", "Notaries", "4"),
    ("7313", "Rechtsanwältin/Rechtsanwalt", "Lawyers", "4"),
    ("7314", "Staatsanwaltschaft", "Public prosecutors", "4"),
    ("7315", "Richterin/Richter", "Judges", "4"),
    ("7320", "Öffentliche Verwaltung", "Public administration", "1234"),
    ("7321", "Sozialverwaltung und Sozialversicherung", "Social security administration", "23"),
    ("7322", "Verwaltung im Sozial- und Gesundheitswesen", "Health and welfare administration", "23"),
    ("7323", "Steuerverwaltung", "Tax administration", "2"),
    ("7324", "Zollverwaltung", "Customs service", "2"),
    ("7325", "Justizverwaltung", "Court administration", "2"),
    ("7331", "Archivwesen", "Archives", "2"),
    ("7332", "Bibliothekswesen", "Libraries", "234"),
    ("7334", "Medizinische Dokumentation", "Medical documentation", "2"),
    # --- health care ---------------------------------------------------------------------
    ("8110", "Medizinische Fachangestellte / Praxishilfe", "Medical assistants", "23"),
    ("8111", "Zahnmedizinische Fachangestellte", "Dental assistants", "2"),
    ("8114", "Tiermedizinische Fachangestellte", "Veterinary assistants", "2"),
    ("8121", "Medizinisch-technisches Laboratorium", "Medical laboratory technicians", "23"),
    ("8122", "Medizinisch-technische Funktionsdiagnostik", "Functional diagnostics technicians", "2"),
    ("8123", "Medizinisch-technische Radiologie", "Radiology technicians", "23"),
    ("8130", "Gesundheits- und Krankenpflege", "General nursing", "12"),
    ("8131", "Fachkrankenpflege", "Specialised nursing", "3"),
    ("8132", "Fachkinderkrankenpflege", "Specialised paediatric nursing", "3"),
    ("8133", "Operations- und medizinisch-technische Assistenz", "Surgical and medical technical assistants", "23"),
    ("8134", "Rettungsdienst", "Emergency medical services", "23"),
    ("8135", "Hebamme / Geburtshilfe", "Midwifery", "23"),
    ("8138", "Gesundheits- und Krankenpflege mit sonstiger Spezialisierung", "Nursing, other specialisation", "2"),
    ("8140", "Ärztin/Arzt (ohne Facharztspezialisierung)", "Medical doctor (no specialisation)", "4"),
    ("8141", "Fachärztin/Facharzt Kinder- und Jugendmedizin", "Doctor, paediatrics", "4"),
    ("8142", "Fachärztin/Facharzt Innere Medizin", "Doctor, internal medicine", "4"),
    ("8143", "Fachärztin/Facharzt Chirurgie", "Doctor, surgery", "4"),
    (
        "8144",
        "Fachärztin/Facharzt Haut-, HNO-, Augen-, Frauenheilkunde u. a.",
        "Doctor, dermatology, ENT, ophthalmology, gynaecology etc.",
        "4",
    ),
    ("8145", "Fachärztin/Facharzt Anästhesiologie", "Doctor, anaesthesiology", "4"),
    (
        "8146",
        "Fachärztin/Facharzt Neurologie, Psychiatrie, Psychosomatik",
        "Doctor, neurology, psychiatry, psychosomatics",
        "4",
    ),
    ("8147", "Zahnärztin/Zahnarzt, Kieferorthopädie", "Dentist, orthodontist", "4"),
    ("8148", "Fachärztin/Facharzt mit sonstiger Spezialisierung", "Doctor, other specialisation", "4"),
    ("8150", "Tierärztin/Tierarzt", "Veterinarian", "4"),
    ("8161", "Psychologie (nicht klinisch)", "Psychology (non-clinical)", "4"),
    ("8162", "Klinische Psychologie", "Clinical psychology", "4"),
    ("8163", "Psychologische Psychotherapie", "Psychotherapy (non-medical)", "4"),
    ("8171", "Physiotherapie", "Physiotherapy", "234"),
    ("8172", "Ergotherapie", "Occupational therapy", "23"),
    ("8173", "Logopädie / Sprachtherapie", "Speech therapy", "34"),
    ("8175", "Heilpraktik und Homöopathie", "Alternative practitioners (Heilpraktiker)", "3"),
    ("8176", "Diätassistenz und Ernährungstherapie", "Dieticians", "2"),
    ("8177", "Podologie", "Podiatry", "2"),
    ("8180", "Apothekerin/Apotheker", "Pharmacist", "4"),
    ("8182", "Pharmazeutisch-technische Assistenz", "Pharmaceutical technical assistants", "2"),
    ("8210", "Altenpflege", "Elderly care", "123"),
    ("8231", "Friseurgewerbe", "Hairdressing", "12"),
    ("8232", "Kosmetik", "Cosmetics", "2"),
    ("8251", "Orthopädie- und Rehatechnik", "Orthopaedic technology", "2"),
    ("8252", "Augenoptik", "Ophthalmic optics", "2"),
    ("8253", "Hörakustik", "Hearing-aid acoustics", "2"),
    ("8254", "Zahntechnik", "Dental technology", "2"),
    # --- education, social work ----------------------------------------------------------
    ("8311", "Kinderbetreuung und -erziehung", "Childcare and early education", "123"),
    ("8312", "Sozialarbeit und Sozialpädagogik", "Social work and social pedagogy", "234"),
    ("8313", "Heilerziehungspflege und Sonderpädagogik", "Special-needs care and special education", "1234"),
    ("8314", "Haus- und Familienpflege", "Home and family care", "2"),
    ("8315", "Erziehungs-, Sozial- und Suchtberatung", "Social, educational and addiction counselling", "4"),
    ("8321", "Hauswirtschaft", "Housekeeping", "12"),
    ("8331", "Theologie", "Theology", "4"),
    ("8411", "Lehrkraft in der Primarstufe (Grundschule)", "Primary school teacher", "4"),
    ("8412", "Lehrkraft in der Sekundarstufe", "Secondary school teacher", "4"),
    ("8413", "Lehrkraft an Förderschulen", "Special-needs school teacher", "4"),
    ("8418", "Lehrkraft an allgemeinbildenden Schulen, sonstige", "Teacher at general schools, other", "4"),
    ("8421", "Lehrkraft für berufsbildende Fächer", "Vocational school teacher", "34"),
    ("8422", "Betriebliche Ausbildung", "In-company vocational trainer", "3"),
    ("8430", "Hochschullehre und -forschung", "University teaching and research", "4"),
    ("8440", "Lehrkraft in der Erwachsenenbildung", "Adult education teacher", "4"),
    ("8441", "Musikpädagogik", "Music teacher", "4"),
    ("8444", "IT-Schulung", "IT trainer", "4"),
    ("8445", "Sprachlehrkraft", "Language teacher", "4"),
    ("8450", "Sportlehrkraft", "Sports instructor", "34"),
    ("8451", "Fahrlehrerin/Fahrlehrer", "Driving instructor", "3"),
    # --- humanities, social sciences, media, design --------------------------------------
    ("9111", "Germanistik", "German studies", "4"),
    ("9112", "Anglistik und Amerikanistik", "English and American studies", "4"),
    ("9115", "Arabistik und Orientalistik", "Arabic and Oriental studies", "4"),
    ("9122", "Geschichtswissenschaft", "History", "4"),
    ("9131", "Politikwissenschaft", "Political science", "4"),
    ("9132", "Soziologie", "Sociology", "4"),
    ("9133", "Pädagogik / Erziehungswissenschaft", "Education science", "4"),
    ("9134", "Markt- und Meinungsforschung", "Market and opinion research", "4"),
    ("9140", "Wirtschaftswissenschaften", "Economics", "4"),
    ("9211", "Werbung und Marketing", "Advertising and marketing", "234"),
    ("9220", "Öffentlichkeitsarbeit", "Public relations", "4"),
    ("9241", "Redaktion und Journalismus", "Editing and journalism", "34"),
    ("9310", "Produkt- und Industriedesign", "Product and industrial design", "4"),
    ("9321", "Innenarchitektur", "Interior architecture", "4"),
    ("9411", "Musikerin/Musiker", "Musician", "4"),
]


def build_kldb() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    occupations = []
    for stem, de, en, levels in OCCUPATIONS:
        for level in levels:
            occupations.append(
                {
                    "code": stem + level,
                    "title_de": f"{de} ({LEVEL_DE[level]})",
                    "title_en": f"{en} ({LEVEL_EN[level]})",
                }
            )
    occupations.sort(key=lambda o: o["code"])
    codes = [o["code"] for o in occupations]
    if len(codes) != len(set(codes)):
        raise SystemExit("duplicate KldB code")
    used = sorted({c[:3] for c in codes})
    missing = [g for g in used if g not in GROUPS]
    if missing:
        raise SystemExit(f"groups without a title: {missing}")
    groups = [{"code": g, "title_de": GROUPS[g][0], "title_en": GROUPS[g][1]} for g in used]
    return occupations, groups


def write(name: str, data: object) -> None:
    path = OUT_DIR / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    n = len(data) if isinstance(data, list) else ""
    print(f"wrote {path.relative_to(OUT_DIR.parent.parent)} {n}")


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    known = {c["code"]: c["group"] for c in countries}
    bad = [c for c in FREQUENT_THIRD_COUNTRIES if known.get(c) != "third_country"]
    if bad:
        raise SystemExit(f"frequent third countries not third countries: {bad}")
    occupations, groups = build_kldb()
    write("countries.json", countries)
    write("frequent_third_countries.json", FREQUENT_THIRD_COUNTRIES)
    write("kldb2010.json", occupations)
    write("kldb2010_groups.json", groups)
    write("federal_states.json", build_federal_states())
    return 0


if __name__ == "__main__":
    sys.exit(main())
