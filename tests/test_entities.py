from transforms.entities import find_entities


def people(text: str, title: str | None = None) -> dict[str, str | None]:
    return {e.canonical: e.role for e in find_entities(title, text) if e.kind == "PERSON"}


def places(text: str) -> set[str]:
    return {e.canonical for e in find_entities(None, text) if e.kind == "LOC"}


def test_role_before_name_without_comma():
    text = "وقال وزير الشؤون الخارجية المغربي ناصر بوريطة إن البلدين يتقاسمان نفس الرؤية."
    assert people(text) == {"ناصر بوريطة": "وزير الشؤون الخارجية المغربي"}


def test_honorific_and_role_in_apposition():
    text = "استقبلت السيدة نادية فتاح، وزيرة الاقتصاد والمالية، وفدا من البنك الدولي."
    assert people(text) == {"نادية فتاح": "وزيرة الاقتصاد والمالية"}


def test_role_then_name_between_commas():
    text = "وأكد الكاتب العام للوزارة، محمد بن عبد القادر، أن البرنامج سيعمم."
    assert people(text) == {"محمد بن عبد القادر": "الكاتب العام للوزارة"}


def test_family_name_alone_resolves_to_full_name():
    text = "التقى رئيس الحكومة عزيز أخنوش بممثلي النقابات. وأوضح أخنوش أن الحوار سيستمر."
    mentions = [(e.text, e.canonical) for e in find_entities(None, text) if e.kind == "PERSON"]
    assert mentions == [("عزيز أخنوش", "عزيز أخنوش"), ("أخنوش", "عزيز أخنوش")]


def test_coordinated_person_does_not_take_the_previous_role():
    text = "اجتمع مع رئيس الشرطة الفدرالية ديتر رومان، ورئيس المكتب الفيدرالي للشرطة الجنائية، هولغر منش، في برلين."
    assert people(text) == {
        "ديتر رومان": "رئيس الشرطة الفدرالية",
        "هولغر منش": "رئيس المكتب الفيدرالي للشرطة الجنائية",
    }


def test_role_without_a_name_gives_no_person():
    assert people("وتأتي زيارة وزير الداخلية الفرنسي إلى المغرب في إطار التعاون.") == {}


def test_places_with_clitics_and_aliases():
    text = (
        "وصل الوفد إلى الدار البيضاء قادما من لندن، ثم انتقل بالرباط ولفرنسا"
        " وللمملكة المغربية والولايات المتحدة الأمريكية."
    )
    assert places(text) == {"الدار البيضاء", "لندن", "الرباط", "فرنسا", "المغرب", "الولايات المتحدة"}


def test_title_entities_point_into_the_title():
    found = find_entities("زيارة عمل إلى النمسا", "وصل الوفد إلى فيينا.")
    assert [(e.field, e.text) for e in found] == [("title", "النمسا"), ("body", "فيينا")]
    assert found[1].start == "وصل الوفد إلى فيينا.".index("فيينا")
