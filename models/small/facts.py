#!/usr/bin/env python3
"""Export the facts the explainers need about KlasLab-small's training data, beside the model.

  /usr/bin/python3 models/small/facts.py --run-dir models/runs/small --out models/klaslab-small

Writes OUT/facts.json (read by the lesson kit and <ai-explainer>): photo counts per source group
and per subject, the share of the training draws each one got (summed per photo from
RUN_DIR/draws.tsv; for older runs without it, the sampler's group shares in RUN_DIR/mix.json
spread over subjects by each group's training photos), the licences, the encoder's
pretraining, and what is missing — every label in nl, en and fr. Also writes OUT/ATTRIBUTION.tsv
(= models/data/manifest.tsv: every photo with author, licence and URL).
"""
import argparse
import json
import os
import shutil
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(MODELS, "data"))
from split import read_manifest, read_split  # noqa: E402

GROUP_LABELS = {
    "tf_flowers": {"nl": "Bloemenfoto's van Flickr (tf_flowers)", "en": "Flower photos from Flickr (tf_flowers)",
                   "fr": "Photos de fleurs de Flickr (tf_flowers)"},
    "scratch": {"nl": "Scratch: achtergronden en uitgeknipte foto's van mensen, dieren en voertuigen",
                "en": "Scratch: backgrounds and cut-out photos of people, animals and vehicles",
                "fr": "Scratch : décors et photos détourées de personnes, d'animaux et de véhicules"},
    "gcompris": {"nl": "GCompris: foto's uit leerspelletjes (vissen, monumenten, energie, gereedschap)",
                 "en": "GCompris: photos from learning games (fish, monuments, energy, tools)",
                 "fr": "GCompris : photos de jeux éducatifs (poissons, monuments, énergie, outils)"},
    "desktop-photos": {"nl": "Bureaubladachtergronden en puzzelfoto's (landschappen, natuur)",
                       "en": "Desktop wallpapers and puzzle photos (landscapes, nature)",
                       "fr": "Fonds d'écran et photos de puzzles (paysages, nature)"},
    "library-samples": {"nl": "Voorbeeldfoto's uit softwarebibliotheken", "en": "Sample photos from software libraries",
                        "fr": "Photos d'exemple de bibliothèques logicielles"},
    "credited-photos": {"nl": "Foto's van Wikimedia Commons en Flickr met naam van de maker (auto's, eten, "
                               "bezienswaardigheden, landschappen)",
                        "en": "Credited photos from Wikimedia Commons and Flickr (cars, food, landmarks, landscapes)",
                        "fr": "Photos créditées de Wikimedia Commons et Flickr (voitures, nourriture, monuments, "
                              "paysages)"},
}
SUBJECT_LABELS = {
    "flowers": {"nl": "bloemen", "en": "flowers", "fr": "fleurs"},
    "animals": {"nl": "dieren", "en": "animals", "fr": "animaux"},
    "people": {"nl": "mensen", "en": "people", "fr": "personnes"},
    "vehicles": {"nl": "voertuigen", "en": "vehicles", "fr": "véhicules"},
    "buildings": {"nl": "gebouwen en monumenten", "en": "buildings and monuments", "fr": "bâtiments et monuments"},
    "energy and machines": {"nl": "energie en machines", "en": "energy and machines", "fr": "énergie et machines"},
    "objects and food": {"nl": "voorwerpen en eten", "en": "objects and food", "fr": "objets et nourriture"},
    "indoor scenes": {"nl": "binnenruimtes", "en": "indoor scenes", "fr": "scènes d'intérieur"},
    "landscapes and nature": {"nl": "landschappen en natuur", "en": "landscapes and nature",
                              "fr": "paysages et nature"},
}
# What a school photo often shows and the data barely has or lacks: checked against the counts
# below (subjects) or true by construction (no source of that kind was collected).
MISSING = [
    {"id": "faces-close-up", "nl": "gezichten van dichtbij en huidtinten in alle variatie",
     "en": "faces seen close up, and the full range of skin tones",
     "fr": "visages vus de près et toute la diversité des teintes de peau",
     "why": {"nl": "de mensen in de data zijn bijna altijd kleine uitgeknipte figuren uit Scratch",
             "en": "the people in the data are almost all small cut-out figures from Scratch",
             "fr": "les personnes des données sont presque toutes de petites figurines détourées de Scratch"}},
    {"id": "indoor-and-street", "nl": "binnenruimtes, klaslokalen, straten en verkeer",
     "en": "rooms, classrooms, streets and traffic", "fr": "intérieurs, salles de classe, rues et circulation",
     "why": {"nl": "bijna geen bron gaat daarover: alleen sportauto's in straten en een paar binnenruimtes",
             "en": "hardly any source is about them: only sports cars in streets and a few rooms",
             "fr": "presque aucune source n'en parle : seulement des voitures de sport dans des rues et quelques "
                   "intérieurs"}},
    {"id": "muted-photos", "nl": "foto's met weinig kleur (mist, sneeuw, schemer)",
     "en": "photos with little colour (fog, snow, dusk)", "fr": "photos peu colorées (brouillard, neige, crépuscule)",
     "why": {"nl": "de filter die echte kleurenfoto's kiest, gooide ze weg",
             "en": "the filter that picks real colour photos threw them out",
             "fr": "le filtre qui choisit de vraies photos en couleur les a écartées"}},
    {"id": "old-photos", "nl": "oude foto's (de AI kent alleen recente foto's)",
     "en": "old photographs (the AI only knows recent photos)",
     "fr": "photos anciennes (l'IA ne connaît que des photos récentes)",
     "why": {"nl": "alle foto's zijn digitaal en van na 2000", "en": "all photos are digital and from after 2000",
             "fr": "toutes les photos sont numériques et d'après 2000"}},
]
ENCODER = {
    "name": "MobileNetV2 1.0/224 (quantized), first 14 blocks",
    "source": "https://github.com/google-coral/test_data/blob/104342d2d3480b3e66203073dac24f4e2dbb4c41/mobilenet_v2_1.0_224_quant.tflite",
    "licence": "Apache-2.0",
    "pretrainedOn": {"photos": 1281167, "classes": 1000, "name": "ImageNet (ILSVRC 2012)"},
    "nl": "Het eerste deel van het netwerk leerde kijken op 1,3 miljoen foto's van ImageNet (1000 soorten dingen), "
          "voordat het ooit een kleur moest raden.",
    "en": "The first part of the network learnt to see on 1.3 million ImageNet photos (1000 kinds of things) "
          "before it ever had to guess a colour.",
    "fr": "La première partie du réseau a appris à voir sur 1,3 million de photos d'ImageNet (1000 sortes de choses) "
          "avant de devoir deviner une couleur.",
}
LABELS = {
    "photos": {"nl": "foto's", "en": "photos", "fr": "photos"},
    "train": {"nl": "om van te leren", "en": "to learn from", "fr": "pour apprendre"},
    "heldout": {"nl": "apart gehouden om te testen", "en": "held out for testing", "fr": "mises de côté pour tester"},
    "share": {"nl": "deel van wat de AI zag tijdens het leren", "en": "share of what the AI saw while learning",
              "fr": "part de ce que l'IA a vu en apprenant"},
    "missing": {"nl": "wat ontbreekt", "en": "what is missing", "fr": "ce qui manque"},
}


def read_draws(path):
    """{file: share of the training draws} from train_decoder.py's draws.tsv, or None."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        next(f)
        return {file: float(p) for file, p in (line.rstrip("\n").split("\t") for line in f)}


def drawn_shares(rows, draws, key):
    """Share of the training draws per rows' `key` (group or subject), from each photo's share."""
    out = Counter()
    for r in rows:
        if r["split"] == "train":
            out[r[key]] += draws.get(r["file"], 0.0)
    return dict(out)


def subject_shares(rows, mix):
    """Share of the training draws per subject: each group's sampler share spread over the
    subjects of its training photos (every photo of a group is equally likely to be drawn; runs
    without draws.tsv)."""
    per_group = defaultdict(Counter)
    for r in rows:
        if r["split"] == "train":
            per_group[r["group"]][r["subject"]] += 1
    out = Counter()
    for g, subjects in per_group.items():
        n = sum(subjects.values())
        for s, k in subjects.items():
            out[s] += mix["groups"][g]["share"] * k / n
    return dict(out)


def build_facts(manifest, split, mix, name, version, draws=None):
    lic = {r["file"]: r["licence"] for r in manifest}
    by_group = defaultdict(list)
    for r in split:
        by_group[r["group"]].append(r)
    if draws is None:
        sshares = subject_shares(split, mix)
        gshares = {g: m["share"] for g, m in mix["groups"].items()}
    else:
        sshares = drawn_shares(split, draws, "subject")
        gshares = drawn_shares(split, draws, "group")
    grey = mix.get("grey_views", {})
    rule = "each source group drawn in proportion to its training photos, none above maxShare"
    if grey.get("share_drawn", 0) > grey.get("share_by_groups", 0) + 1e-6:
        rule += f"; views of mostly grey things drawn {grey['share_drawn']:.0%} of the time together"
    subj = Counter(r["subject"] for r in split)
    subj_train = Counter(r["subject"] for r in split if r["split"] == "train")
    return {
        "schema": 1, "model": name, "version": version,
        "photos": {"total": len(split), "train": sum(r["split"] == "train" for r in split),
                   "heldout": sum(r["split"] == "heldout" for r in split)},
        "sampler": {"maxShare": mix["max_share"], "rule": rule},
        "sources": [{"id": g, "photos": len(rs), "train": sum(r["split"] == "train" for r in rs),
                     "heldout": sum(r["split"] == "heldout" for r in rs),
                     "share": round(gshares[g], 4),
                     "licences": dict(Counter(lic[r["file"]] for r in rs).most_common()), **GROUP_LABELS[g]}
                    for g, rs in sorted(by_group.items(), key=lambda kv: -len(kv[1]))],
        "subjects": [{"id": s, "photos": subj[s], "train": subj_train[s], "share": round(sshares.get(s, 0.0), 4),
                      **SUBJECT_LABELS[s]} for s in sorted(subj, key=lambda s: -sshares.get(s, 0.0))],
        "missing": MISSING,
        "encoder": ENCODER,
        "labels": LABELS,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run-dir", default=os.path.join(MODELS, "runs", "small"))
    ap.add_argument("--out", default=os.path.join(MODELS, "klaslab-small"))
    ap.add_argument("--data", default=os.path.join(MODELS, "data"))
    args = ap.parse_args(argv)
    with open(os.path.join(args.run_dir, "mix.json"), encoding="utf-8") as f:
        mix = json.load(f)
    with open(os.path.join(args.out, "model.json"), encoding="utf-8") as f:
        model = json.load(f)
    manifest = read_manifest(os.path.join(args.data, "manifest.tsv"))
    split = read_split(os.path.join(args.data, "split.tsv"))
    draws = read_draws(os.path.join(args.run_dir, "draws.tsv"))
    facts = build_facts(manifest, split, mix, model["name"], model["version"], draws)
    with open(os.path.join(args.out, "facts.json"), "w", encoding="utf-8") as f:
        json.dump(facts, f, indent=1, ensure_ascii=False)
        f.write("\n")
    shutil.copyfile(os.path.join(args.data, "manifest.tsv"), os.path.join(args.out, "ATTRIBUTION.tsv"))
    for s in facts["sources"]:
        print(f"  {s['id']}: {s['photos']} photos ({s['train']} train), {s['share']:.1%} of the draws")
    for s in facts["subjects"]:
        print(f"  {s['id']}: {s['photos']} photos, {s['share']:.1%} of the draws")


if __name__ == "__main__":
    main()
