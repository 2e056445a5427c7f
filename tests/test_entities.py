from transforms.entities import find_entities


def people(text: str, title: str | None = None) -> dict[str, str | None]:
    return {e.canonical: e.role for e in find_entities(title, text) if e.kind == "PERSON"}


def person_mentions(text: str) -> list[tuple[str, str]]:
    """(text, canonical) of every person mention, in text order."""
    return [(e.text, e.canonical) for e in find_entities(None, text) if e.kind == "PERSON"]


def places(text: str) -> set[str]:
    return {e.canonical for e in find_entities(None, text) if e.kind == "LOC"}


def orgs(text: str) -> set[str]:
    """Organizations as the text writes them: where a name ends, not what it stands for."""
    return {e.text for e in find_entities(None, text) if e.kind == "ORG"}


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
    assert person_mentions(text) == [("عزيز أخنوش", "عزيز أخنوش"), ("أخنوش", "عزيز أخنوش")]


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


def kinds(text: str, title: str | None = None, outlet: str | None = None) -> set[tuple[str, str]]:
    return {(e.kind, e.canonical) for e in find_entities(title, text, outlet)}


def test_organizations_by_head_noun_and_lexicon():
    text = "وأعلنت وزارة الداخلية أن المديرية العامة للأمن الوطني نسقت مع الإنتربول ومنظمة الصحة العالمية."
    found = kinds(text)
    assert ("ORG", "وزارة الداخلية") in found
    assert ("ORG", "المديرية العامة للأمن الوطني") in found
    assert ("ORG", "الإنتربول") in found
    assert ("ORG", "منظمة الصحة العالمية") in found


def test_coordinated_organizations_stay_apart():
    found = kinds("بتنسيق بين المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني.")
    assert {c for k, c in found if k == "ORG"} == {
        "المديرية العامة للأمن الوطني",
        "المديرية العامة لمراقبة التراب الوطني",
    }


def test_quoted_and_latin_organization_names():
    found = kinds("حسب شبكة “سكاي نيوز” وموقع Hespress فإن شركة “أوبر” غادرت السوق.")
    assert {c for k, c in found if k == "ORG"} == {"سكاي نيوز", "Hespress", "أوبر"}


def test_named_events_with_place_and_year():
    found = kinds("استعدادا لكأس العالم 2030 وبعد نجاح مونديال قطر 2022 والألعاب الأولمبية الصيفية 2024 بباريس.")
    assert {c for k, c in found if k == "EVENT"} == {
        "كأس العالم 2030",
        "مونديال قطر 2022",
        "الألعاب الأولمبية الصيفية 2024",
    }


def test_an_event_name_ends_before_when_or_where_it_is_held():
    found = kinds("على هامش الدورة الـ91 للجمعية العامة للإنتربول المنعقدة بفيينا والمؤتمر الدولي المنظم بجنيف.")
    # "المؤتمر الدولي" alone is no name: the head needs a qualifier
    assert {c for k, c in found if k == "EVENT"} == {"الدورة الـ91 للجمعية العامة للإنتربول"}


def test_places_named_by_their_kind():
    found = kinds("وصل إلى مطار محمد الخامس ثم توجه إلى مدينة باري بإقليم بوليا.")
    assert ("LOC", "مطار محمد الخامس") in found
    assert ("LOC", "باري") in found
    assert ("LOC", "بوليا") in found
    assert not any(k == "PERSON" for k, _ in found)


def test_place_names_that_are_common_words_need_a_cue():
    assert ("LOC", "الجديدة") not in kinds("أطلقت الحكومة الخطة الجديدة للتشغيل.")
    assert ("LOC", "الجديدة") in kinds("وقع الحادث بالجديدة صباح اليوم.")


def test_towns_whose_names_are_rarely_common_words_need_no_cue():
    text = "لفظ بحر الفنيدق جثة شاب. وأصبحت فنادق الداخلة المطلة على البحر الأطلسي وجهة مميزة."
    assert places(text) == {"الفنيدق", "الداخلة", "المحيط الأطلسي"}
    assert places("وقضت غرفة الجنايات بالدارالبيضاء بسجنه.") == {"الدار البيضاء"}  # written as one word
    text = "وأغلقت شواطئ الطرفاية، وانتقلت العناصر من تيفلت إلى بوسكورة ثم إلى بجعد."
    assert places(text) == {"طرفاية", "تيفلت", "بوسكورة", "أبي الجعد"}
    assert places("وتضم القنصلية أقاليم توسكانا وصقلية، وجالية من الباسك.") == {"توسكانا", "صقلية", "إقليم الباسك"}


def test_occupation_needs_a_given_name_or_a_clause_end():
    assert people("وقالت المغنية رجاء بلمير لموقف طريف إنها فوجئت.") == {"رجاء بلمير": None}
    assert people("وقال العميد شرح حيثيات هاد القرار.") == {}


def test_apposition_after_the_name():
    assert people("وكشف عزيز أخنوش، وزير الفلاحة، عن فتح الأسواق.") == {"عزيز أخنوش": "وزير الفلاحة"}


def test_outlet_named_in_the_text_is_an_organization():
    assert ("ORG", "كود") in kinds("وقالت مصادر لـ”كود” إن القرار نهائي.", outlet="كود")
    # "للأيام": the preposition ل swallows the alef of the article
    assert ("ORG", "الأيام") in kinds("وقال مصدر للأيام إن الوضع مستقر.", outlet="الأيام")


# -- names from the name data (transforms/data/names.tsv) and word frequencies ------------------


def test_known_given_and_family_names_need_no_cue():
    # Neither name is in the reviewed lists; both are carried by people in the name data.
    assert people("وغنى تامر حسني في الحفل أغنيته الجديدة.") == {"تامر حسني": None}


def test_a_given_name_followed_by_a_common_word_is_no_full_name():
    # "تراجع" (a common word: "التراجع" is frequent) is no family name; the rest of the clause goes on.
    assert people("وسبق أن خصص الأمير أرضا لهاري لكن هاري تراجع عن الخطة") == {}


def test_one_known_name_after_a_title():
    assert people("أعلن القنصل أن البابا فرنسيس سيقوم بزيارته الأولى للمغرب.") == {"فرنسيس": None}


def test_regnal_number_and_coordinated_names():
    text = "حضر الملك محمد السادس، ومنهم الفنانة ليلى البراق وابتسام الكتيبي."
    assert set(people(text)) == {"محمد السادس", "ليلى البراق", "ابتسام الكتيبي"}


def test_a_preposition_and_a_definite_noun_end_a_name():
    assert "بكري للأوطيل" not in people("جاو اللعابة بكري للأوطيل، وفيهم لي جاب مراتو.")


def test_a_clitic_is_not_split_off_a_commoner_whole_word():
    # "كورونا" is not ك + "ورونا" (Verona in the GeoNames data).
    assert places("تراجعت حالات كورونا في المدينة.") == set()


def test_regions_provinces_and_darija_place_names():
    text = "الحرارة مرتفعة في جهة مراكش آسفي وإقليم الحوز، وخدام فكازا بعدما رجع من ميريكان."
    assert places(text) == {"جهة مراكش آسفي", "الحوز", "الدار البيضاء", "الولايات المتحدة"}


def test_maghrebi_letters_match_their_arabic_counterparts():
    found = kinds("نشرت صورة على حسابها في انستگرام.")
    assert ("ORG", "إنستغرام") in found


def organizations(text: str) -> set[str]:
    return {e.canonical for e in find_entities(None, text) if e.kind == "ORG"}


def test_organization_name_stops_before_where_it_is():
    text = "أحالت فرقة الشرطة القضائية بالمنطقة الإقليمية للأمن بمدينة الناظور المشتبه فيه على النيابة العامة المختصة."
    assert organizations(text) == {"الشرطة القضائية", "النيابة العامة"}
    assert "الناظور" in places(text)


def test_head_with_only_a_generic_word_is_no_organization():
    text = "تبرع رئيس المجلس الإقليمي ومجلس الجهة برواتبهم للصندوق المحدث، وتدخل الدرك الملكي والجهات المختصة."
    assert organizations(text) == {"الدرك الملكي"}


def test_commune_is_a_place_and_not_a_name():
    text = "وكذا رئيس جماعة بوكراع، عبد الله السلامي، قد تبرع براتبه."
    assert people(text) == {"عبد الله السلامي": "رئيس جماعة بوكراع"}
    assert places(text) == {"بوكراع"}


def test_two_word_place_names_after_a_head():
    text = "ضبطا داخل محل بحي باب الفتوح الشعبي، وبحي مولاي رشيد، قرب معبر باب سبتة."
    assert places(text) == {"باب الفتوح", "مولاي رشيد", "معبر باب سبتة"}
    assert people(text) == {}


def test_a_common_word_after_a_place_head_is_no_place():
    assert places("أصبحت الدار البيضاء مدينة للخوف، وقاده إلى منطقة خلاء قرب فندق خارج المدينة.") == {"الدار البيضاء"}


def test_a_preposition_after_a_title_or_role_is_no_name():
    text = "تابع الوكيل العام الرئيس السابق لبلدية شيشاوة، بتهم تتعلق بالاختلاس، واستند عليها القاضي لانصاف التلميذ."
    assert people(text) == {}


def test_darija_in_before_a_place_ends_a_name():
    text = "خدات مجموعة الضحى جائزة من الغرفة الوطنية للمطورين المعتمدين فالبلاد، فالمنتدى فأبيدجان فالكوت ديفوار."
    assert "الغرفة الوطنية للمطورين المعتمدين" in organizations(text)
    assert {"ساحل العاج"} <= places(text)


def test_a_public_figure_by_family_name_alone():
    # figures.toml lists "مصطفى الرميد"; the article never gives the full name
    assert people("وقال الرميد إن الحكومة ماضية في الإصلاح.") == {"الرميد": None}
    assert people("ويقول ليها بالعلالي: ها") == {}  # "loudly", after a preposition: no name


def test_a_figures_name_then_a_noun_with_his_ends_at_the_figure():
    assert people("وأكد حارس المنتخب ياسين بونو جاهزيته.") == {"ياسين بونو": None}
    assert people("وحسب المحامي، فإن موكله محمد زيان بريء.") == {"محمد زيان": None}  # "innocent"
    text = "وقال خوان كارلوس فيرنانديز غاريدو مدرب فريق الرجاء إن الفريق جاهز."  # not the king
    assert "خوان كارلوس فيرنانديز غاريدو" in people(text)


def test_a_figure_family_name_after_a_given_name_is_the_full_name():
    text = "توزعت الأصوات ما بين عبد العزيز عماري، وعبد العلي حامي الدين حل ثالثا."
    assert set(people(text)) == {"عبد العزيز عماري", "عبد العلي حامي الدين"}
    assert people("وعلق على بنكيران أحد القياديين.") == {"بنكيران": None}  # "على" (on) is no given name


def test_a_figure_whose_family_name_is_frequent_only_because_of_the_figure():
    # "رونالدو" and "ترامب" are above the word-frequency bar, but reviewed as names alone
    assert people("جا الهدف الوحيد للبرتغاليين بواسطة رونالدو والي حرم المغرب من ضربات جزاء.") == {"رونالدو": None}
    assert people("وقرار ترامب نقطة إيجابية.") == {"ترامب": None}
    assert people("وقال العثماني إن الحكومة ماضية.") == {"العثماني": None}
    assert people("خلال العهد العثماني كانت المدينة مزدهرة.") == {}  # "Ottoman", an adjective
    assert people("وأكد الوزير الرميد أن الملف جاهز.") == {"الرميد": "الوزير"}  # after a title it is the name
    assert "جونسون" not in people("آدم كينغ، رئيس شرطة دائرة جونسون، عبر على الصدمة.")  # many bear it


def test_a_joiner_after_a_definite_family_name_and_a_generals_rank():
    assert people("وقال الشيخ محمد الحسن ولد الددو إن المركز مفتوح.") == {"محمد الحسن ولد الددو": None}
    assert people("وحضرت رشيدة العشعاشي بنت الراحل.") == {"رشيدة العشعاشي": None}  # "daughter of the late"
    assert "دوكور دارمي" not in people("خلفا لسلفه الجنرال دوكور دارمي حسني بنسليمان.")  # a rank


def test_one_word_after_an_honorific_that_ends_the_clause():
    assert people("وقال إنه حضر محاكمة الحاج ثابت، كما حضر محاكمة أخرى.") == {"ثابت": None}
    assert people("باقين ممتيقينش بوجود شي حاجة سميتها كورونا، وهادوك.") == {}  # "called": not a title
    assert people("تقدم بشكاية في مواجهة هذه السيدة قدره 2 مليون سنتيم.") == {}  # a number follows


def test_appointment_in_the_accusative_gives_the_role():
    text = "صادق المجلس الحكومي على تعيين موحى توريرة، عميدا لكلية العلوم والتقنيات، وخالد القلعي، مديرا للمدرسة."
    assert people(text) == {
        "موحى توريرة": "عميدا لكلية العلوم والتقنيات",
        "خالد القلعي": "مديرا للمدرسة",
    }


def test_armies_hamas_camps_and_a_street_named_after_an_organization():
    text = "وشن الجيش الإسرائيلي غارات على مخيم جنين، وأعلنت حركة حماس أنها ستواصل."
    assert organizations(text) == {"الجيش الإسرائيلي", "حركة حماس"} and places(text) == {"جنين"}
    assert organizations("وعبر اللاعب بحماس كبير.") == set()  # "with enthusiasm"
    assert organizations("وذكرت إذاعة الجيش الإسرائيلي أن العملية انتهت.") == {"إذاعة الجيش الإسرائيلي"}
    assert places("ووقع الحادث في شارع الجيش الملكي بفاس.") == {"شارع الجيش الملكي", "فاس"}
    assert places("وعقدت القمة في مدينة شرم الشيخ المصرية.") == {"شرم الشيخ"}


def test_outlets_named_city_or_times_nicknames_and_federations():
    assert organizations("ونشرت بايلاين تايمز تقريرا، ونقله موقع ناظور سيتي.") == {"بايلاين تايمز", "ناظور سيتي"}
    assert organizations("اجتماع الأمانة العامة لـ«البيجدي».") == {"حزب العدالة والتنمية"}
    assert "فيدرالية اليسار" in organizations("علقت فيدرالية اليسار على الأزمة.")
    assert organizations("وقال رئيس منتدى الكرامة إن الجلسة أجلت.") == {"منتدى الكرامة"}  # a forum: an organization


def test_canary_islands_darija_spain_and_urban_districts():
    text = "غرقى بلانزاروتي، والقنصلية بلاس بالماس، وهاجرو للصبليون من كلميم وادنون."
    assert places(text) == {"لانزاروتي", "لاس بالماس", "إسبانيا", "جهة كلميم واد نون"}
    assert places("قائد الملحقة الإدارية، التابعة للمنطقة الحضرية ازلي.") == {"ازلي"}


def test_generic_organization_phrases_name_none():
    assert organizations("تملك شركة لتأجير السيارات بمراكش.") == set()  # what kind of company
    assert organizations("تنتظر الوزارة الوصية استيفاء الإجراءات القانونية.") == set()
    assert organizations("وانتخب رئيسا للمجلس الإقليمي لتاوريرت.") == {"المجلس الإقليمي لتاوريرت"}
    assert organizations("وقال عضو هيئة دفاع المتهم إن الملف فارغ.") == set()  # the defence lawyers


def test_a_known_organization_whose_name_holds_a_preposition():
    text = "وأعلنت الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها عن تقريرها السنوي."
    assert organizations(text) == {"الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها"}


def test_news_outlets_by_the_form_of_their_name():
    text = "وحسب ما أورده موقع هبة بريس وأحداث أنفو وشوف تيفي وكش24، فإن الحديث عن الفايك نيوز خلال الـ24 ساعة الأخيرة."
    assert organizations(text) == {"هبة بريس", "الأحداث المغربية", "شوف تيفي", "كش24"}  # أحداث أنفو is its site


def test_sources_cited_at_the_end_of_round_up_items():
    text = "– مصرع شاب في حادثة سير بمدينة فاس /أخبارنا – اعتقال مروج بطنجة /برلمان\n– حريق بسلا / مراكش الأن"
    assert {"أخبارنا", "برلمان", "مراكش الأن"} <= organizations(text)
    assert {"فاس", "طنجة", "سلا"} <= places(text)
    text = "– نقلت إلى المستشفى الإقليمي لأزيلال /أكادير 24 – مصرع شاب في مقتبل العمر"
    assert "أكادير 24" in organizations(text)
    assert "أكادير" not in places(text)


def test_a_role_right_after_the_name_without_a_comma():
    text = "تغريم عبد الرحيم طاليب مدرب فريق الدفاع الحسني الجديدي مبلغ 20 ألف درهم."
    assert people(text) == {"عبد الرحيم طاليب": "مدرب فريق الدفاع الحسني الجديدي"}


def test_a_role_without_a_comma_before_another_name_is_not_the_first_persons():
    text = "استقبل الملك محمد السادس رئيس الوزراء الإسباني بيدرو سانشيز بالرباط."
    assert people(text) == {"محمد السادس": "الملك", "بيدرو سانشيز": "رئيس الوزراء الإسباني"}


def test_a_name_after_a_preposition_needs_a_family_name():
    assert "صافي الدين البودالي" in people("اتصلت الفرقة في وقت سابق بصافي الدين البودالي بصفته رئيسا للفرع.")
    assert people("وشحه الملك بوسام الكفاءة الوطنية.") == {}


def test_a_common_noun_before_a_name_is_not_part_of_it():
    assert people("وطالب عمر حياني، مستشار جماعي بالرباط، بالتحقيق في المشروع.") == {"عمر حياني": "مستشار جماعي"}
    # nor a frequent verb few people bear ("أدى" folds to the given name "أدي"), nor a kunya
    assert "أدى رودريغو" not in people("أدى رودريغو باز اليمين الدستورية رئيسا لبوليفيا.")
    assert "أبو نعيم" in people("وملي تزاد أبو نعيم مع المعتقلين عتابرو الأمر عاديا.")


def test_places_by_their_first_word_are_not_people():
    text = "سرقة بحي سيدي مومن، وتوقيف المشتبه فيه بمحيط المحطة الطرقية أولاد زيان وبالجماعة الترابية آيت فاسكا."
    assert people(text) == {}
    assert {"سيدي مومن", "المحطة الطرقية أولاد زيان", "آيت فاسكا"} <= places(text)
    assert "خالد آيت الطالب" in people("وقال وزير الصحة خالد آيت الطالب إن الوضع مستقر.")


def test_a_facility_named_after_a_person_is_one_place():
    text = "افتتح الحفل بمركب الأمير مولاي عبد الله بالرباط، ثم انتقل الوفد إلى قصر المؤتمرات محمد السادس."
    assert people(text) == {}
    assert {"مركب الأمير مولاي عبد الله", "قصر المؤتمرات محمد السادس", "الرباط"} <= places(text)


def test_an_organization_name_stops_at_the_person_or_role_after_it():
    text = (
        "شارك والي بنك المغرب عبد اللطيف الجواهري في الاجتماع، كما تحدث مسؤول بوزارة الصحة وعضو اللجنة الوطنية للقيادة،"
        " على هامش اجتماعات صندوق النقد الدولي المنظمة بمراكش."
    )
    assert {"بنك المغرب", "وزارة الصحة", "صندوق النقد الدولي"} <= organizations(text)
    assert "عبد اللطيف الجواهري" in people(text)


def test_a_hospital_is_a_place_and_a_verbal_noun_no_organization():
    text = "نقل المصاب إلى المركز الاستشفائي الجهوي الحسن الثاني بأكادير، بعد تنظيم الاجتماعات السنوية للبنك الدولي."
    assert "المركز الاستشفائي الجهوي الحسن الثاني" in places(text)
    assert not any(name.startswith("تنظيم") for name in organizations(text))


def test_a_short_name_that_is_also_a_word_needs_a_cue():
    text = "اعتقل بالبيضاء ثم نقل إلى الرباط والبيضاء، وتعرف منطقة سوس حراكا."
    assert {"الدار البيضاء", "الرباط", "سوس"} <= places(text)
    assert "الدار البيضاء" not in places("رفع المحتجون الأعلام البيضاء أمام البرلمان.")


def test_names_listed_after_a_person_are_people():
    text = (
        "ووقع الرسالة الوزراء السابقون راؤول روميفا، وخواكيم فورن، ودولورز باسا. "
        "ومن المدافعين عن البيئة بالهندوراس، خيريماياس مارتينيث، بورفيريو سورتو، الكسندر سيديجو."
    )
    assert set(people(text)) == {
        "راؤول روميفا",
        "خواكيم فورن",
        "دولورز باسا",
        "خيريماياس مارتينيث",
        "بورفيريو سورتو",
        "الكسندر سيديجو",
    }
    # an apposition after a sentence end is no list; Darija "and his wife" is no name
    assert people("وصل المغني. خو أسماء، ياسين لمنور شارك ستوريات.") == {"ياسين لمنور": None}


def test_last_list_item_after_and_without_a_comma():
    text = "ووقع الوزراء السابقون راؤول روميفا، وجوسيب رول وجوردي تورول. وحضر جو بايدن وكامالا هاريس، والوفد."
    assert set(people(text)) == {"راؤول روميفا", "جوسيب رول", "جوردي تورول", "جو بايدن", "كامالا هاريس"}
    # not a noun with its owner ("and her husband"), nor an item that runs on into the clause
    text = "وتطلقات سلمى رشيد وراجلها عمرهم، وحضرت وئام الدحماني واقيلة انتحرت حيت كانو."
    assert set(people(text)) == {"سلمى رشيد", "وئام الدحماني"}


def test_a_list_item_takes_the_given_name_before_a_name_found():
    text = "ومن المدافعين عن البيئة، الكسندر سيديجو، وخوسيه دانيال ماركيز، وكلفن روميرو."
    assert "خوسيه دانيال ماركيز" in people(text)
    assert "دانيال ماركيز" not in people(text)
    # a word that is not a given name stays out ("his ex-wife")
    assert set(people("وكشفت طليقته هند الحناوي، وابنته.")) == {"هند الحناوي"}


def test_compound_given_name_after_a_role_and_an_organization():
    text = "وصرح مدرب ريال مدريد زين الدين زيدان للصحافيين بعد المباراة."
    assert people(text) == {"زين الدين زيدان": "مدرب ريال مدريد"}
    assert people("ووجه عبد القادر اعمارة الدعوة للجميع.") == {"عبد القادر اعمارة": None}
    assert people("وكتب: بسم الله الرحمن الرحيم، إلى الجميع.") == {}


def test_a_role_after_a_name_with_a_role_before_it_and_no_comma_is_the_object():
    text = "واستقبلت وزيرة الانتقال الطاقي ليلى بنعلي سفير الصين."
    assert people(text) == {"ليلى بنعلي": "وزيرة الانتقال الطاقي"}


def test_a_role_right_after_a_roles_head_is_its_complement():
    assert people("وقال نائب رئيس مجلس النواب محمد الصباري إن الجلسة رفعت.") == {
        "محمد الصباري": "نائب رئيس مجلس النواب"
    }
    text = "ويتعلق الأمر بفؤاد الغلوضي، نائب والي أمن المدينة، الذي يرجح أن يعين."
    assert people(text) == {"فؤاد الغلوضي": "نائب والي أمن المدينة"}
    # "NAME، ROLE NAME2": the role is the next person's; a common word ending the clause after a
    # compound or reviewed given name is the family name ("عمارة" is "building")
    text = "وساءل البرلماني هشام الصابري، وزير التجهيز والنقل عبد القادر عمارة، حول الأسباب."
    assert people(text) == {"هشام الصابري": "البرلماني", "عبد القادر عمارة": "وزير التجهيز والنقل"}
    assert people("قال فيصل فجر، لاعب وسط المنتخب الوطني، إن اللاعبين جاهزون.") == {"فيصل فجر": "لاعب"}


def test_a_party_leader_and_the_national_coach_are_roles():
    text = "وأوضح عبد الرحيم بوعيدة، القيادي في حزب التجمع الوطني للأحرار، أن الحزب مستعد."
    assert people(text) == {"عبد الرحيم بوعيدة": "القيادي"}
    assert people("وأعلن الناخب الوطني وليد الركراكي عن لائحة اللاعبين.") == {"وليد الركراكي": "الناخب الوطني"}


def test_a_monarch_and_a_rapporteur_are_roles():
    text = "وقالت المقررة الأممية فرانشيسكا ألبانيزي إن الوضع كارثي."
    assert people(text) == {"فرانشيسكا ألبانيزي": "المقررة الأممية"}
    assert people("وأجرى العاهل الأردني الملك عبد الله الثاني اتصالا.") == {"عبد الله الثاني": "العاهل الأردني"}


def test_role_through_a_known_organization_then_the_name_and_what_it_said():
    text = "وأكد الرئيس التنفيذي لشركة تسلا إيلون ماسك أن الشركة ستفتتح مصنعا."
    assert people(text) == {"إيلون ماسك": "الرئيس التنفيذي لشركة تسلا"}
    # "نقلت … عن X قوله": his saying, as "أن" does
    text = "ونقلت وكالة رويترز عن المتحدث باسم الخارجية الأمريكية ماثيو ميلر قوله إن واشنطن تتابع الوضع."
    assert people(text) == {"ماثيو ميلر": "المتحدث باسم الخارجية الأمريكية"}
    # without "أن" after them, two unknown words after a role are as often a verb and its object
    assert people("وقال رئيس الحكومة قرر يغبر على الأنظار.") == {}


def test_sports_roles_and_a_common_word_after_a_name():
    assert people("وسجل مهاجم برشلونة ليونيل ميسي هدفين.") == {"ليونيل ميسي": "مهاجم برشلونة"}
    text = "وقال نجم المنتخب المغربي حكيم زياش إن الفريق جاهز."
    assert people(text) == {"حكيم زياش": "نجم المنتخب المغربي"}
    # a rare third word at the clause end is still the name's
    assert set(people("وتحدث بيدرو سانشيز كاستيخون.")) == {"بيدرو سانشيز كاستيخون"}


def test_foreign_given_name_and_compound_given_names():
    assert set(people("وقال جوليان أسانج، مؤسس موقع ويكيليكس، إن")) == {"جوليان أسانج"}
    # "عبد" + a definite word is a given name; after ل it still starts a name
    text = "وتضم اللجنة عبد الودود خربوش، وعين خلفا لعبد الكريم اليعقوبي الذي أعفي."
    assert set(people(text)) == {"عبد الودود خربوش", "عبد الكريم اليعقوبي"}
    # not a foreign name: a frequent word, a preposition and a noun, a Darija verb in "-ات"
    assert people("ولما أسمته الحركة، ولا بأية شكاية، وقالت ام الضحية لويزا تشكات من التعليقات.") == {}


def test_a_verb_or_a_prepositional_phrase_is_no_name():
    assert people("حضره والي أعلنت إفلاسها، قبل أيام.") == {}
    assert people("وعناصر الدرك دايرين خدمة زوينة لمواجهة تفشي الوباء.") == {}
    assert people("من جهته طالب عمر بلافريج بضرورة تحديد الوقت.") == {"عمر بلافريج": None}


def test_a_government_or_parliament_is_named_by_its_country():
    text = (
        "وجه سؤالا للبرلمان الأوروبي والحكومة الإسبانية عبر القنصلية المغربية بإيطاليا، "
        "ثم التقى رئيس الحكومة الإسباني، وقالت الحكومة الجديدة إن مجلس الحكومة انعقد."
    )
    assert {"البرلمان الأوروبي", "الحكومة الإسبانية", "القنصلية المغربية", "مجلس الحكومة"} <= organizations(text)
    assert not {"الحكومة الإسباني", "الحكومة الجديدة"} & organizations(text)


def test_a_delegation_of_a_ministry_is_one_organization():
    text = "أعلنت مندوبية وزارة الصحة بإقليم مولاي يعقوب، ونبهت مفوضية الاتحاد الأوروبي، وحزب الاستقلال."
    orgs = organizations(text)
    assert {"مندوبية وزارة الصحة", "مفوضية الاتحاد الأوروبي", "حزب الاستقلال"} <= orgs
    assert "وزارة الصحة" not in orgs


def test_a_provincial_hospital_is_named_by_its_town():
    text = "نقل إلى المستشفى الإقليمي بالعرائش، ثم إلى المستشفى الجهوي، فالمستشفى الحسني بالناظور."
    found = places(text)
    assert {"المستشفى الإقليمي بالعرائش", "المستشفى الحسني", "الناظور"} <= found
    assert "المستشفى الجهوي" not in found


def test_an_ambiguous_place_needs_a_close_neighbour():
    assert "الجديدة" not in places("الطوبيسات الجديدة ديال كازا غادي تبدا الخدمة.")
    assert {"الجديدة", "الدار البيضاء"} <= places("الطريق بين الدار البيضاء-الجديدة مقطوعة.")


def test_lam_lam_reads_as_the_article_after_a_preposition():
    # "للمغرب" is ل + "المغرب", though the whole token is commoner than "لمغرب" read after ل
    assert "المغرب" in places("توج الرجاء بطلا للمغرب للمرة الثانية عشرة.")


def test_a_ministry_keeps_its_remit():
    text = "تعمل الوزارة المكلفة بالتعمير وإعداد التراب مع الشركة المكلفة بتصوير الفيلم."
    orgs = organizations(text)
    assert "الوزارة المكلفة بالتعمير وإعداد التراب" in orgs
    assert not any("بتصوير" in name for name in orgs)


def test_a_name_before_an_occupation_in_apposition():
    assert people("وقالت ميلاغرو سالا، الناشطة الأرجنتينية، إن السجناء في خطر.") == {"ميلاغرو سالا": None}
    # an occupation is a common noun: the words before it are a name only if they start like one
    assert people("ابنهما يحمل اسم جدو، الفنان الراحل، في البيت.") == {}


def test_a_name_with_a_joiner_inside_it():
    text = "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني، بنواكشوط، نظيره محمد سالم ولد مرزوك."
    assert people(text) == {
        "محمد ولد الشيخ الغزواني": "الرئيس الموريتاني",
        "محمد سالم ولد مرزوك": "نظيره",
    }
    # a definite word after "بن X" is a family name only in the nisba form
    assert people("قال محمد بن سلمان الخايبة بزاف.") == {"محمد بن سلمان": None}  # the figure, not "… الخايبة"


def test_an_adjective_after_an_occupation_is_not_the_name():
    text = "مات الممثل المغربي الكبير عبد الله العمراني، والموت ديالو شكلات صدمة."
    assert people(text) == {"عبد الله العمراني": None}
    # a definite given name is the name's when no given name follows it
    assert people("الفيديو الذي ظهر فيه الكوميدي البشير السكيرج يسيء للعائلة الملكية.") == {"البشير السكيرج": None}


def test_any_name_between_commas_after_a_role():
    text = "وأشاد رئيس مجلس النواب، راشيد الطالبي العلمي، بالعلاقات المتميزة بين البلدين."
    assert people(text) == {"راشيد الطالبي العلمي": "رئيس مجلس النواب"}


def test_the_last_two_words_of_a_longer_name_are_its_family_name():
    text = "قال خالد آيت الطالب، وزير الصحة، إن الوضع مستقر. وأضاف آيت الطالب أن اللقاح متوفر."
    assert person_mentions(text) == [("خالد آيت الطالب", "خالد آيت الطالب"), ("آيت الطالب", "خالد آيت الطالب")]
    # a public figure's two-word family name alone ("الطالبي العلمي" of "رشيد الطالبي العلمي")
    assert person_mentions("وانتقد الطالبي العلمي الحكومة.") == [("الطالبي العلمي", "الطالبي العلمي")]


def test_a_figure_family_name_at_the_very_end_of_the_text():
    assert person_mentions("قال إنه يعرف وبنكيران") == [("بنكيران", "بنكيران")]


def test_a_roles_field_after_fi_when_a_name_follows():
    text = "وشارك كاتب الدولة في الأمن الإسباني، رافاييل بيريز، في الاجتماع."
    assert people(text) == {"رافاييل بيريز": "كاتب الدولة في الأمن الإسباني"}
    # without a name after it, "في" says where: the role ends before it
    text = "وقال هيرفي رونار، مدرب المنتخب المغربي في الندوة الصحافية، إن الفريق جاهز."
    assert people(text) == {"هيرفي رونار": "مدرب المنتخب المغربي"}


def test_a_role_stops_at_the_name_after_it():
    text = "وحضر رئيس النيابة العامة الحسن الداكي والرئيس المنتدب للمجلس الأعلى للسلطة القضائية محمد عبد النباوي."
    assert people(text) == {
        "الحسن الداكي": "رئيس النيابة العامة",
        "محمد عبد النباوي": "الرئيس المنتدب للمجلس الأعلى للسلطة القضائية",
    }


def test_the_crown_prince_and_a_sultan_of_the_same_name():
    assert people("ترأس ولي العهد الأمير مولاي الحسن حفل التخرج.") == {"مولاي الحسن": "ولي العهد"}
    assert "مولاي الحسن" not in people("في عهد السلطان مولاي الحسن الأول بنيت المدينة.")


def test_a_clitic_reading_keeps_the_teh_marbuta():
    # "ووجهه" is "and his face", not و + "جهة" (a region) with a place after it
    assert places("مستعملا قناعا على وجهه ومشهرا سلاحا أبيض.") == set()
    assert places("وجهة الرباط سلا القنيطرة") == {"جهة الرباط سلا القنيطرة"}
    assert people("قرر سحب التفويض لنائبه الرابع عمر الشفدي، أحد قياديي الحزب.") == {"عمر الشفدي": "نائبه الرابع"}


def test_a_place_name_is_no_particle_and_a_facility_name_ends_before_what_it_belongs_to():
    assert "بالقرب" not in places("عثر على جثة بدوار بالقرب من دائرة بن أحمد.")
    text = "توفي رضيع داخل مستشفى الولادة الليمون التابع للمركز الاستشفائي الجامعي ابن سينا بالرباط."
    assert "مستشفى الولادة الليمون" in places(text)


def test_a_figures_family_name_with_the_article_is_the_same_person():
    mentions = [(e.text, e.canonical) for e in find_entities(None, "وكان الحموشي قد استقبل مدير المخابرات.")]
    assert mentions == [("الحموشي", "حموشي")]


def test_maghrebi_spellings_of_places_share_the_canonical_name():
    text = "وصل الوفد إلى العرايش ثم إلى الجزاير والهندوراس وبروكسيل."
    assert places(text) == {"العرائش", "الجزائر", "هندوراس", "بروكسل"}
    assert places("وتحدث عن تربية البنين والبنات.") == set()  # "the sons", not Benin


def test_particles_of_european_names():
    text = "واستقبلت رئيسة المفوضية الأوروبية أورسولا فون دير لاين رئيس الحكومة عزيز أخنوش ببروكسيل."
    assert people(text) == {"أورسولا فون دير لاين": "رئيسة المفوضية الأوروبية", "عزيز أخنوش": "رئيس الحكومة"}
    # a rare word after the particle's word is the name's too, not a common one ("شراكة")
    text = "ووقع الوزير مع المدير العام لليانصيب جوفيناو دي بينا اراوخو شراكة يوم الأحد."
    assert people(text) == {"جوفيناو دي بينا اراوخو": "المدير العام لليانصيب"}


def test_name_after_a_role_ends_at_a_prepositional_phrase_or_the_next_role():
    text = "والتقى المبعوث الأممي ستافان دي ميستورا بالمسؤولين في الرباط."
    assert people(text) == {"ستافان دي ميستورا": "المبعوث الأممي"}
    text = "وهاجم رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الروسي فلاديمير بوتين."
    assert people(text) == {"بنيامين نتنياهو": "رئيس الوزراء الإسرائيلي", "فلاديمير بوتين": "الرئيس الروسي"}
    # common words before the preposition are a verb and its object, not a name
    assert people("وقال رئيس الحكومة سيوجه خطابا بالمناسبة.") == {}


def test_names_coordinated_with_and_after_a_name():
    text = "وشارك في اللقاء كل من يونس السكوري ونزار بركة وفاطمة الزهراء المنصوري."
    assert set(people(text)) == {"يونس السكوري", "نزار بركة", "فاطمة الزهراء المنصوري"}
    # a given name that is also a word ("always") is not the next item of a list
    assert set(people("فهو ديما تابعها وديما كيتسناها.")) == set()


def test_a_professor_in_apposition():
    text = "وقال رشيد لزرق، أستاذ القانون الدستوري بجامعة ابن طفيل، إن المبادرة مهمة."
    assert people(text) == {"رشيد لزرق": "أستاذ القانون الدستوري بجامعة ابن طفيل"}


def test_famous_cities_the_geonames_filter_drops():
    assert places("وأجرى ولي العهد مباحثات في جدة ثم توجه إلى حلب ونابلس.") == {"جدة", "حلب", "نابلس"}
    # names that are also words need a cue ("a fetus", "the night")
    assert places("وقالت إن جنين في بطن أمها، وسهرت الليل كله.") == set()


def test_arab_provinces_named_bare_from_cldr():
    text = "فيما أشاد محافظ نينوى، عبد القادر الدخيل، بالجهود. وسجلت الدقهلية والمنوفية أعلى النسب."
    assert places(text) == {"نينوى", "الدقهلية", "المنوفية"}
    assert people(text) == {"عبد القادر الدخيل": "محافظ نينوى"}
    assert places("وصل الوفد إلى حضرموت ثم إلى صعدة.") == {"حضرموت", "صعدة"}
    # a short name needs a cue; names people bear are theirs ("صلاح الدين" is a region too)
    assert places("وقال إن حولي العيد كان غاليا.") == set()
    assert people("وقال إن صلاح الدين الأيوبي رمز.") == {"صلاح الدين الأيوبي": None}


def test_authorities_and_offices_named_sulta_or_diwan():
    assert orgs("ووقعت سلطة المنطقة الحرة نواذيبو اتفاقية مع مجموعة إسبانية.") == {"سلطة المنطقة الحرة نواذيبو"}
    text = "وقال خلال ندوة بمقر الديوان الوطني التونسي للسياحة إن السوق الجزائرية تصدرت."
    assert orgs(text) == {"الديوان الوطني التونسي للسياحة"}
    assert orgs("ولا يعترف بسلطة الباشا ولا بسلطة القانون.") == set()  # power, not an authority


def test_unesco_by_its_full_name_and_kurdistan_as_kurds_write_it():
    text = "بالتعاون مع منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو)، يهدف المشروع."
    assert {e.canonical for e in find_entities(None, text) if e.kind == "ORG"} == {"اليونسكو"}
    text = "استقبل رئيس حكومة إقليم كوردستان، مسرور بارزاني، الوفد."
    assert people(text) == {"مسرور بارزاني": "رئيس حكومة إقليم كوردستان"}


def test_an_island_named_by_a_rare_feminine_word():
    assert places("بفضل الحجوزات في سوسة وجزيرة جربة.") == {"سوسة", "جربة"}
    # a feminine adjective after an area's head is no name, common or in an adjective's shape
    assert places("وصل إلى منطقة خالية ثم إلى منطقة غابوية.") == set()


def test_an_egyptian_name_of_four_given_names_closing_the_clause():
    text = "بحضور محافظ الإسكندرية، الفريق أحمد خالد حسن سعيد، ووزير الثقافة أحمد فؤاد هنو."
    assert people(text) == {"أحمد خالد حسن سعيد": "محافظ الإسكندرية", "أحمد فؤاد هنو": "وزير الثقافة"}


def test_a_gulf_given_name_with_the_article_then_daughter_of():
    text = "برعاية سعادة الشيخة المياسة بنت حمد بن خليفة آل ثاني، رئيسة مجلس أمناء متاحف قطر."
    assert set(people(text)) == {"المياسة بنت حمد بن خليفة آل ثاني"}


def test_a_facility_named_after_a_day():
    assert places("تعادل الفريقان على ملعب 5 جويلية الأولمبي، لحساب الجولة العاشرة.") == {"ملعب 5 جويلية الأولمبي"}
    assert places("وتجمع المحتجون في شارع 20 أوت وسط المدينة.") == {"شارع 20 أوت"}
    assert places("وفي 5 جويلية الماضي فاز الفريق.") == set()


def test_and_a_sure_given_name_and_a_borne_family_name_before_the_next_item():
    text = "وحضر الحفل الفنانون عمر لطفي وهيثم مفتاح وسعاد حسني."
    assert set(people(text)) == {"عمر لطفي", "هيثم مفتاح", "سعاد حسني"}


def test_family_names_rare_with_the_article_or_a_gulf_house_named_by_a_given_name():
    text = "وقال رئيس الجامعة، الدكتور مالك الشرعة، إن المركز سيخدم الطلبة."
    assert people(text) == {"مالك الشرعة": "رئيس الجامعة"}
    text = "وقال الرئيس التنفيذي للهيئة، المهندس إبراهيم بن محمد السلطان، إن الخط سجل أعلى نسبة."
    assert set(people(text)) == {"إبراهيم بن محمد السلطان"}
    # a noun with "his" before an ordinal is no regnal name
    assert people("مترو الرياض ينقل 10 ملايين راكب في شهره الأول") == {}


def test_ports_groups_a_company_spelled_in_initials_and_stations_named_by_their_kind():
    text = "تنجزها مؤسسة ميناء وهران بالشراكة مع موانئ دبي العالمية."
    assert orgs(text) == {"مؤسسة ميناء وهران", "موانئ دبي العالمية"}
    assert "دبي" not in places(text)
    text = "وقعت الهيئة عقدا مع الشركة الفرنسية سي إم إيه سي جي إم لتطوير محطة الحاويات."
    assert orgs(text) == {"الشركة الفرنسية سي إم إيه سي جي إم"}
    assert places(text) == set()
    assert places("تفقد الوزير جسم السد العالي ومحطة الضبعة.") == {"السد العالي", "محطة الضبعة"}


def test_an_architect_is_an_occupation():
    assert set(people("المعرض الذي صممه المعماري البرازيلي أوسكار نيماير.")) == {"أوسكار نيماير"}


def test_institutions_named_after_a_person_and_a_province_named_after_saladin():
    text = "أطلقت جامعة هواري بومدين للعلوم والتكنولوجيا بباب الزوار منصة رقمية."
    assert orgs(text) == {"جامعة هواري بومدين للعلوم والتكنولوجيا"} and people(text) == {}
    text = "وألقى كلمة الخريجين الطالب عبدالله المري من جامعة حمد بن خليفة، فيما تحدث."
    assert set(people(text)) == {"عبدالله المري"}
    text = "ضبط مدير بلدية قضاء بيجي في محافظة صلاح الدين متلبسا بتسلم رشوة."
    assert places(text) == {"بيجي", "صلاح الدين"} and people(text) == {}
    assert set(people("وقال صلاح الدين مزوار إن الحزب جاهز.")) == {"صلاح الدين مزوار"}


def test_levantine_venues_citadels_and_clubs_and_a_list_of_kinds_of_facility():
    text = "تغلب فريق الوحدات على الفيصلي في المباراة التي جرت على ستاد عمان الدولي."
    assert orgs(text) == {"فريق الوحدات", "الفيصلي"} and places(text) == {"ستاد عمان الدولي"}
    text = "بدأت أعمال ترميم قلعة حلب والجامع الأموي الكبير، وأحيل المتهم على القضاء في تكريت."
    assert places(text) == {"قلعة حلب", "الجامع الأموي", "تكريت"}
    assert places("شملت الأشغال 20 مطعما ومقهى ومتحفا يروي تاريخ الدولة.") == set()
    text = "بحضور سفير المملكة المتحدة لدى البلاد، بليندا لويس."
    assert set(people(text)) == {"بليندا لويس"}
    assert orgs("في إطار مواكبة صادرات المجمع الشريف للفوسفاط.") == {"المجمع الشريف للفوسفاط"}


def test_a_nisba_many_bear_as_a_family_name_and_a_university_named_by_a_rare_word():
    text = "فيما تحدث رئيس جامعة جورجتاون في قطر، صفوان المصري، عن دور الخريجين."
    assert set(people(text)) == {"صفوان المصري"}
    assert orgs(text) == {"جامعة جورجتاون"}
    assert set(people("وقال الدكتور صفوان المصري إن الخريجين جاهزون.")) == {"صفوان المصري"}


def test_an_iraqi_district_after_qada_and_not_spending_or_the_judiciary():
    text = "وأكد أن الحكومة تحتاج إلى دعم لإعادة إعمار قضاء سنجار، فيما ضبط مدير بلدية قضاء بيجي في المحافظة."
    assert places(text) == {"سنجار", "بيجي"}
    assert places("وافتتح مصنعا في قضاء جمجمال بمحافظة السليمانية.") == {"جمجمال", "السليمانية"}  # its province
    text = "ويرفض قضاء العطلة، ويطالب بقضاء مستقل، وخرج لقضاء حاجته في الخلاء، وقضاء وقته في البيت."
    assert places(text) == set()


def test_royal_lineages_appointments_in_a_list_and_a_cyclist():
    text = "صدرت أوامر ملكية بإعفاء الأمير فيصل بن نواف بن عبد العزيز من منصبه أميرا لمنطقة الجوف."
    assert set(people(text)) == {"فيصل بن نواف بن عبد العزيز"} and places(text) == {"الجوف"}
    assert set(people("وتعيين الأمير سعود بن فهد بن سلمان أميرا للمنطقة.")) == {"سعود بن فهد بن سلمان"}
    text = "افتتح الأمير بدر بن عبد الله بن فرحان، وزير الثقافة السعودي، معرض الكتاب."  # a compound father's name
    assert people(text) == {"بدر بن عبد الله بن فرحان": "وزير الثقافة السعودي"}
    # a relative's nationality, then the name
    text = "وسجل الهدف الأول قبل أن يضيف زميله الدنماركي ينس كاستروب الثاني في الدقائق الأخيرة."
    assert people(text) == {"ينس كاستروب": None}
    text = "فيما عين مازن الفراية وزيرا للداخلية، وعبد الحكيم الشبلي وزيرا للمالية."
    assert set(people(text)) == {"مازن الفراية", "عبد الحكيم الشبلي"}
    assert set(people("فاز الدراج السلوفيني تادي بوغاتشار، بطل العالم، بالمرحلة.")) == {"تادي بوغاتشار"}


def test_papers_named_by_a_place_and_provinces_named_with_their_head():
    text = "قال الروائي واسيني الأعرج، في حوار مع صحيفة الشرق الأوسط، إن روايته جاهزة."
    assert orgs(text) == {"صحيفة الشرق الأوسط"} and places(text) == set()
    assert orgs("وقالت صحيفة واشنطن بوست إن التحليل جاهز.") == {"واشنطن بوست"}
    assert places("وهطلت أمطار على محافظة الداخلية وولاية البيض.") == {"الداخلية", "البيض"}
    assert orgs("في محاضرة بمكتبة الإسكندرية.") == {"مكتبة الإسكندرية"}


def test_a_board_of_trustees_is_no_organization_of_its_own():
    text = "فيما هنأ رئيس مجلس أمناء الجائزة، ياسر سليمان، الفائز."
    assert orgs(text) == set() and people(text) == {"ياسر سليمان": "رئيس مجلس أمناء الجائزة"}


def test_the_thirty_second_written_sets_lessons():
    text = "ووقع الاتفاقية المدير العام للصندوق، محمد سيف السويدي، وعن الجانب الموريتاني وزير المالية."
    assert people(text) == {"محمد سيف السويدي": "المدير العام للصندوق"}
    assert set(people("أحرزت الرباعة التونسية أمل بن مبارك الميدالية الذهبية.")) == {"أمل بن مبارك"}
    text = "وتحت إشراف الفرقة الجهوية للشرطة القضائية بالجديدة، لإخراج المرتزقة والقوات الأجنبية."
    assert orgs(text) == {"الفرقة الجهوية للشرطة القضائية"}
    text = (
        "مدد مجلس الأمن ولاية بعثة الأمم المتحدة للدعم في ليبيا، فيما أطلقت مدينة الملك عبدالعزيز للعلوم والتقنية قمرا."
    )
    assert orgs(text) == {"مجلس الأمن", "بعثة الأمم المتحدة للدعم في ليبيا", "مدينة الملك عبدالعزيز للعلوم والتقنية"}
    assert orgs("بناء على شكاية تقدم بها إلى رئاسة النيابة العامة.") == {"رئاسة النيابة العامة"}


def test_the_thirty_third_written_sets_lessons():
    text = "أعلن الناخب الوطني تشكيلة المنتخب المغربي لمواجهة الغابون، وضمت الحارس ياسين بونو."
    assert orgs(text) == {"المنتخب المغربي"} and places(text) == {"الغابون"}
    assert orgs("عقد مؤتمرا في مدينة الرمادي مركز محافظة الأنبار، تحدث فيه.") == set()
    text = "منحت بعثة الاتحاد الأوروبي في لبنان جائزة للصحافة، ورحب رئيس بعثة صندوق النقد الدولي المكلف بالملف."
    assert orgs(text) == {"بعثة الاتحاد الأوروبي", "صندوق النقد الدولي"}
    assert orgs("ألقت الأجهزة الأمنية بمديرية أمن القاهرة القبض على متهمين.") == {"مديرية أمن القاهرة"}
    text = "بحث وزير الخارجية السعودي الأمير فيصل بن فرحان بن عبد الله، في اتصال هاتفي، العلاقات."
    assert set(people(text)) == {"فيصل بن فرحان بن عبد الله"}
    found = find_entities("فيصل بن فرحان ونظيره الصيني يبحثان التعاون", text)
    assert {e.canonical for e in found if e.kind == "PERSON"} == {"فيصل بن فرحان بن عبد الله"}
    title, body = "ولد الغزواني يدشن ميناء نواذيبو الجديد", "دشن الرئيس محمد ولد الشيخ الغزواني الميناء."
    found = find_entities(title, body)
    assert {e.canonical for e in found if e.kind == "PERSON"} == {"محمد ولد الشيخ الغزواني"}
    assert {e.canonical for e in found if e.kind == "LOC"} == {"ميناء نواذيبو"}


def test_the_thirty_fourth_written_sets_lessons():
    text = "أدانت محكمة جنايات الجيزة المتهمين، بعد أن قضت محكمة الاستئناف بالبراءة."
    assert places(text) == {"الجيزة"}  # a court's town, as a police unit's city
    assert people("في تقرير آفاق الاقتصاد العربي الصادر اليوم من مقره.") == {}  # an adjective
    assert set(people("وقال الفنان العربي بن مبارك إن الحفل ناجح.")) == {"العربي بن مبارك"}
    text = "بعد الهزيمة بثلاثية في ملعب حمادي العقربي برادس."
    assert places(text) == {"ملعب حمادي العقربي"} and people(text) == {}
    text = "بالتنسيق مع قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل)، ووقف دعم حركة إم 23 المسلحة."
    assert orgs(text) == {"قوات الأمم المتحدة المؤقتة في لبنان", "اليونيفيل", "حركة إم 23"} and places(text) == set()
    assert set(people("فيما رحب رئيس الجمهورية جوزاف عون بالانتشار.")) == {"جوزاف عون"}
    text = "ستنقل الخطوط الجوية الإماراتية وفلاي دبي عملياتهما، بحضور مفتي دار الإفتاء المصرية."
    assert orgs(text) == {"الخطوط الجوية الإماراتية", "فلاي دبي", "دار الإفتاء المصرية"}


def test_the_thirty_fifth_written_sets_lessons():
    text = "بحضور رئيس الديوان الملكي الهاشمي يوسف العيسوي، واطلع على النتائج."
    assert people(text) == {"يوسف العيسوي": "رئيس الديوان الملكي الهاشمي"}
    text = "وقعت أرامكو السعودية اتفاقية لبناء مجمع في الجبيل، وردت القيادة المركزية الأمريكية بأن قواتها مستعدة."
    assert orgs(text) == {"أرامكو السعودية", "القيادة المركزية الأمريكية"} and places(text) == {"الجبيل"}
    text = "غارة نفذها الجيش الوطني الصومالي على السفن في البحر الأحمر وخليج عدن."
    assert orgs(text) == {"الجيش الوطني الصومالي"} and places(text) == {"البحر الأحمر", "خليج عدن"}
    assert places("يستقبل وفدا عسكريا إيطاليا في بنغازي.") == {"بنغازي"}  # an Italian delegation
    assert places("وزار الوزير إيطاليا وروسيا أمس.") == {"إيطاليا", "روسيا"}
    title, body = "صدام حفتر يستقبل وفدا", "وقال الفريق صدام بلقاسم حفتر إن الجيش جاهز."
    found = find_entities(title, body)
    assert {e.canonical for e in found if e.kind == "PERSON"} == {"صدام بلقاسم حفتر"}


def test_gulf_clubs_named_by_a_common_word_in_a_sentence_about_sport():
    text = "قاد رياض محرز فريقه الأهلي إلى فوز مثير على النصر بثلاثة أهداف لهدفين."
    assert orgs(text) == {"الأهلي", "النصر"}
    assert orgs("وحقق الجيش النصر على الأعداء، وشوهد الهلال في السماء.") == set()
    assert orgs("أعلن نادي لوس أنجلوس إف سي الأمريكي التعاقد مع اللاعب.") == {"نادي لوس أنجلوس إف سي"}


def test_a_reviewed_given_name_after_a_nationality_then_a_rare_family_name():
    assert set(people("وسجل الإيفواري فرانك كيسييه هدف الفوز.")) == {"فرانك كيسييه"}


def test_a_chinese_or_korean_name_opening_with_li_after_a_role():
    text = "وترأس الحفل رئيس الحكومة، بحضور الرئيس التنفيذي للمجموعة لي تشين."
    assert people(text) == {"لي تشين": "الرئيس التنفيذي للمجموعة"}
    assert people("وقال المدير لي إن الأمر جيد.") == {}  # "to me"


def test_an_occupation_after_a_given_name_at_the_clause_end_is_the_family_name():
    text = "وقالت منظمة العفو الدولية إن السلطات اعتقلت الصحفي إحسان القاضي."
    assert people(text) == {"إحسان القاضي": None}


def test_a_common_family_name_that_is_also_a_word():
    text = "ويشار إلى أن الفنانة المغربية سميرة سعيد أحيت حفلا بمهرجان موازين."
    assert people(text) == {"سميرة سعيد": None}
    assert people("وقال هاري تراجع عن قراره.") == {}  # a word few people bear as a family name


def test_a_reviewed_given_name_alone_after_a_role_and_a_title():
    text = "وسبق أن خصص ولي العهد الأمير تشارلز أرض لولدو هاري فمقاطعة هيرفوردشير."
    assert people(text)["تشارلز"] == "ولي العهد"


def test_a_public_figure_after_a_role_takes_it():
    assert people("وأجرى مباحثات مع الرئيس الأمريكي جو بايدن في جدة.") == {"جو بايدن": "الرئيس الأمريكي"}


def test_role_with_an_acronym_in_parentheses():
    text = "وأكد رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو أن المغرب جاهز."
    assert people(text) == {"جياني إنفانتينو": "رئيس الاتحاد الدولي لكرة القدم (فيفا)"}
    text = "والتقى مدير جهاز الاستخبارات البريطاني (MI6) ريتشارد مور بنظيره."
    assert people(text) == {"ريتشارد مور": "مدير جهاز الاستخبارات البريطاني (MI6)"}


def test_three_rare_words_before_what_the_person_said():
    text = "وقال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن الوباء لم ينته."
    assert people(text) == {"تيدروس أدهانوم غيبريسوس": "المدير العام لمنظمة الصحة العالمية"}


def test_hamza_before_lam_is_no_article():
    text = "واستقبل الملك بفاس وزير الخارجية الإسباني خوسيه مانويل ألباريس."
    assert people(text) == {"خوسيه مانويل ألباريس": "وزير الخارجية الإسباني"}


def test_a_role_head_that_starts_a_compound_given_name_is_the_name():
    # "نجم الدين" is a name, not the role "نجم"; "وكاسادي" starts another person with "و"
    assert "وكاسادي كاسينغو" not in people("وسجل نجم الدين (د 48) وكاسادي كاسينغو الهدفين.")


def test_particles_join_the_words_of_a_place_name():
    text = "وتم اعتقاله بمنطقة إل برات ديل لوبريغات (برشلونة)، بسبب اتهامات."
    assert "إل برات ديل لوبريغات" in places(text)


def test_a_particle_that_is_also_a_name_does_not_hide_the_name_after_it():
    text = "وحسب ذات المصدر فإن محمد ولد الرشيد، مسؤول التنظيم في الحزب، قام بتوجيه رسالة."
    assert "محمد ولد الرشيد" in people(text)
    # after a relative pronoun a verb comes first ("the ruling that Benchaaboun issued")
    assert people("هاد الحكم لي صدر بنشعبون على التجربة.") == {"بنشعبون": None}  # the figure, not "صدر …"


def test_a_given_name_that_is_also_a_town_needs_a_cue_to_be_the_town():
    text = "حكم القضاء التونسي على الناشطة المدافعة عن حقوق المثليين، رانية العمدوني، بست شهور."
    assert people(text) == {"رانية العمدوني": None}
    assert places(text) == set()


def test_darija_always_and_a_pronoun_suffix_end_a_name():
    assert people("هو ديما كيقولو هادشي، وقالت سكينة كلامور صاحبتها إن.") == {"سكينة كلامور": None}
    assert people("ومشات حنة يديها حتى اللي كيضرب.") == {}


def test_a_definite_word_after_a_given_name_that_is_also_a_word():
    # a known family name or a nisba is the family name; a verbal noun is not ("the merit medal")
    assert "وسام الاستحقاق" not in people("وتلقى وسام الاستحقاق الوطني من درجة ضابط.")
    assert people("وقال عزيز العماري إن.") == {"عزيز العماري": None}


def test_words_that_say_a_name_follows():
    assert people("مثل أمس مواطن مغربي يدعى بوجمعة ويبلغ من العمر 42 سنة.") == {"بوجمعة": None}
    text = "وأوقفت الشرطة المدعو محمد بلقاسم بعد شكاية."
    assert people(text) == {"محمد بلقاسم": None}
    assert orgs(text) == set()  # not "الشرطة المدعو"


def test_an_organization_name_ends_before_the_body_it_belongs_to():
    text = "وتعمل مديرية الملاحة التجارية التابعة لوزارة التجهيز والنقل على ذلك."
    assert orgs(text) == {"مديرية الملاحة التجارية", "وزارة التجهيز والنقل"}


def test_and_with_a_name_and_its_nationality_starts_another_organization():
    assert orgs("أشرف حكيمي لاعب المنتخب الوطني ودورتموند الألماني.") == {"المنتخب الوطني", "دورتموند"}
    # "و" with a noun in construct goes on ("… وإصلاح الإدارة")
    assert orgs("وقالت وزارة الاقتصاد والمالية وإصلاح الإدارة إن.") == {"وزارة الاقتصاد والمالية وإصلاح الإدارة"}


def test_a_definite_head_takes_no_noun_in_construct():
    assert orgs("أقدم الشفدي على مراسلة رئيس المجلس صالح المالوكي.") == set()
    assert orgs("ووقعت الجامعة الملكية لكرة القدم اتفاقا.") == {"الجامعة الملكية لكرة القدم"}
    assert orgs("ونقلت وكالة أنباء الصين الجديدة عن مصدر رسمي.") == {"وكالة أنباء الصين الجديدة"}


def test_darija_names_of_countries_and_hospitals():
    text = "وغتزاد هذ الخطوط ففرانسا والطاليان وسبانيا، من ميناء طنجة المتوسط نحو جينوا."
    assert places(text) == {"فرنسا", "إيطاليا", "إسبانيا", "طنجة المتوسط", "جنوا"}
    assert places("واستدرج ممرضة فصبيطار محمد الخامس بمكناس.") == {"صبيطار محمد الخامس", "مكناس"}
    assert people("واستدرج ممرضة فصبيطار محمد الخامس بمكناس.") == {}


def test_a_place_that_is_a_given_name_after_a_role_with_its_nationality():
    text = "وأعلنت رئيسة الوزراء الإيطالية جورجيا ميلوني عن خطة جديدة."
    assert people(text) == {"جورجيا ميلوني": "رئيسة الوزراء الإيطالية"}
    assert places(text) == set()
    assert places("وزار وزير الخارجية الأمريكي جورجيا أمس.") == {"جورجيا"}


def test_his_counterpart_after_a_name_is_another_person():
    text = "واستقبل الرئيس السنغالي ماكي سال نظيره الموريتاني."
    assert people(text) == {"ماكي سال": "الرئيس السنغالي"}


def test_an_organization_name_ends_before_its_object():
    assert orgs("ونظم الاتحاد العام لمقاولات المغرب ندوة بالرباط.") == {"الاتحاد العام لمقاولات المغرب"}
    assert orgs("وتوقع بنك المغرب ارتفاع التضخم.") == {"بنك المغرب"}
    assert orgs("وتحصن بجامعة لييدا بكاتالونيا.") == {"جامعة لييدا"}
    assert orgs("وأدان المرصد المغربي للسجون في تقريره الأوضاع.") == {"المرصد المغربي للسجون"}


def test_a_plural_noun_after_an_adjective_ends_the_organization_name():
    assert orgs("دعا العثماني خلال انعقاد المجلس الحكومي المواطنين إلى الحذر.") == {"المجلس الحكومي"}
    assert orgs("وقالت التنسيقية الوطنية للأساتذة المتعاقدين إن.") == {"التنسيقية الوطنية للأساتذة المتعاقدين"}


def test_a_facility_named_after_its_city_is_one_place():
    text = "يعمل بمفوضية الشرطة الخاصة بمطار الرباط-سلا، وانتحر فالرباط. ووصل إلى مطار مراكش المنارة."
    assert places(text) == {"مطار الرباط-سلا", "الرباط", "مطار مراكش المنارة"}


def test_a_given_name_that_is_a_word_and_a_known_nisba_family_name_in_a_list():
    text = "دار بحال رئيسي البرلمان، الحبيب المالكي وحكيم بنشماش، فالتعيينات."
    assert set(people(text)) == {"الحبيب المالكي", "حكيم بنشماش"}
    assert people("حنا كنحتارموك وحنا مقلقين.") == {}  # Darija "we"
    assert people("وهو عارف اش كيدير.") == {}  # Darija "he knows what he is doing"


def test_a_known_nisba_family_name_as_third_word_and_a_role_without_comma_before_what_was_said():
    text = "استقبلت السيدة نادية فتاح العلوي، وزيرة الاقتصاد والمالية، الوفد."
    assert people(text) == {"نادية فتاح العلوي": "وزيرة الاقتصاد والمالية"}
    text = "وقال يوسف العمراني سفير المغرب بواشنطن إن العلاقات متينة."
    assert people(text) == {"يوسف العمراني": "سفير المغرب بواشنطن"}


def test_an_area_named_after_a_person():
    assert places("وتم توقيف المشتبه فيه بحي يعقوب المنصور بالرباط.") == {"يعقوب المنصور", "الرباط"}
    assert places("وسكن بحي محمد الخامس.") == {"محمد الخامس"}
    # "جماعة" with a person after it is the commune that person runs
    assert people("يترأس مصلحة داخل جماعة إدريس الأزمي الإدريسي.") == {"إدريس الأزمي الإدريسي": None}


def test_a_saints_nisba_is_part_of_the_place_name():
    assert places("وتقع جماعة سيدي علال البحراوي بإقليم الخميسات.") == {"سيدي علال البحراوي", "الخميسات"}


def test_the_rif_region_with_a_cue():
    assert places("وفي منطقة الريف شمال المغرب.") == {"الريف", "المغرب"}
    assert places("الريف الجميل والمدينة.") == set()  # "the countryside", no cue


def test_long_names_with_joiners_and_bnabd():
    text = "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد المغربي."
    assert people(text) == {"تميم بن حمد آل ثاني": "أمير قطر"}  # the title "الشيخ" is neither's
    text = "وصرح لهسبريس محمد بنعبد القادر، وزير العدل، بأن المشروع جاهز."
    assert people(text) == {"محمد بنعبد القادر": "وزير العدل"}
    assert set(people("وقال نبيل بنعبد الله إن الحزب.")) == {"نبيل بنعبد الله"}
    assert "حسناء بادو بنت مدرب" not in people("وقالت حسناء بادو بنت مدرب الفريق إن.")


def test_an_adjective_after_a_title_and_a_number_after_a_verb_are_no_names():
    text = "وتوفي الفنان الكبير محمود الإدريسي عن عمر ناهز 72 عاما."
    assert people(text) == {"محمود الإدريسي": None}


def test_figures_named_since_the_corpus_and_a_two_word_family_that_ends_a_name_found():
    assert person_mentions("وقال بايتاس إن الحكومة ماضية.") == [("بايتاس", "بايتاس")]
    text = "والتقى ولي العهد السعودي الأمير محمد بن سلمان بالوفد. وأكد بن سلمان أن العلاقات متينة."
    assert {canonical for _, canonical in person_mentions(text)} == {"محمد بن سلمان"}


def test_police_and_gendarmerie_units_are_organizations():
    text = "وأحالت عناصر المصلحة الولائية للشرطة القضائية بمدينة مكناس، وباقي الفرق الأمنية، المشتبه فيه."
    assert orgs(text) == {"المصلحة الولائية للشرطة القضائية"}
    assert orgs("وتدخلت عناصر القيادة الجهوية للدرك الملكي بفاس.") == {"القيادة الجهوية للدرك الملكي"}


def test_a_police_unit_is_named_by_the_district_it_serves():
    text = "وتدخلت عناصر الشرطة بمنطقة أمن بنمسيك، قبل أن تعلن المنطقة الأمنية الثانية عن توقيف المشتبه فيه."
    assert orgs(text) == {"منطقة أمن بنمسيك", "المنطقة الأمنية الثانية"}
    assert orgs("وكانت منطقة أمن أعلنت عن توقيفه.") == set()  # a verb, not a district


def test_a_stock_exchange_and_a_consulate_named_with_its_country():
    text = "وسجلت بورصة الدار البيضاء ارتفاعا، وتراجعت بورصة باريس، ولم تتحرك البورصة."
    assert orgs(text) == {"بورصة الدار البيضاء", "بورصة باريس"}
    assert places(text) == set()
    text = "ووجهت القنصلية العامة للمملكة المغربية ببولونيا إعلانا، وأعلنت الحكومة لفرنسا ذلك."
    assert orgs(text) == {"القنصلية العامة للمملكة المغربية"}


def test_a_speaker_before_a_comma_and_a_role_whatever_the_words_of_the_name():
    text = "قالت اعتماد متواضع، مديرة المستشفى الإقليمي، إن النساء الحوامل تعافين."
    assert people(text) == {"اعتماد متواضع": "مديرة المستشفى الإقليمي"}
    assert people("وقال مصدر مسؤول، مدير الأمن بالمدينة، إن البحث جار.") == {}  # an unnamed source


def test_the_king_is_the_person_after_his_role_not_the_next_persons_role():
    text = "وعين الملك محمد السادس السيد شكيب بنموسى وزيرا للتربية الوطنية."
    assert people(text) == {"محمد السادس": "الملك", "شكيب بنموسى": None}


def test_a_role_after_the_preposition_li_keeps_its_article():
    text = "وجهت انتقادات للأمين العام لحزب الاستقلال نزار بركة."
    assert people(text) == {"نزار بركة": "الأمين العام لحزب الاستقلال"}


def test_a_role_goes_on_through_an_organization_named_by_its_head():
    text = "وصرح عبد الرحيم الشافعي، رئيس جمعية حماية المستهلك، بأن الأسعار ارتفعت."
    assert people(text) == {"عبد الرحيم الشافعي": "رئيس جمعية حماية المستهلك"}
    text = "وقال مدرب فريق ليفربول الإنجليزي يورغن كلوب إن الفريق جاهز."
    assert people(text) == {"يورغن كلوب": "مدرب فريق ليفربول الإنجليزي"}


def test_after_an_occupation_a_given_name_that_is_a_word_then_a_rare_word():
    assert people("وتمكنت العداءة سعيدة عنبة من الفوز بالسباق.") == {"سعيدة عنبة": None}
    assert people("وقال المدرب سعيد بالأداء، ونحن كذلك.") == {}


def test_a_common_definite_word_before_reported_speech_is_the_family_name():
    text = "وأعلنت وزارة الصحة ارتفاع الحصيلة، فيما قال المتحدث باسمها أشرف القدرة إن المستشفيات توقفت."
    assert people(text) == {"أشرف القدرة": "المتحدث باسمها"}


def test_a_partys_first_secretary_is_a_role():
    text = "من جانبه، أكد إدريس لشكر، الكاتب الأول لحزب الاتحاد الاشتراكي، أن حزبه سيصوت ضد القانون."
    assert people(text) == {"إدريس لشكر": "الكاتب الأول لحزب الاتحاد الاشتراكي"}


def test_a_facility_head_before_an_occupation_names_no_place():
    assert places("وأصدرت المحكمة حكما بسجن الصحافي توفيق بوعشرين.") == set()


def test_a_definite_family_name_found_alone_takes_the_full_name_of_the_article():
    text = "الصحفي الحسناوي يرد. تلقى الصحفي مصطفى الحسناوي انتقادات كبيرة."
    assert {canonical for _, canonical in person_mentions(text)} == {"مصطفى الحسناوي"}


def test_an_east_asian_name_of_short_syllables_after_its_nationality():
    text = "فازت الكورية الجنوبية آن سي يونغ بالبطولة، بعد تغلبها على الصينية وانغ تشي يي بشوطين نظيفين."
    assert set(people(text)) == {"آن سي يونغ", "وانغ تشي يي"}
    assert people("أعلن النادي التعاقد مع الكوري الجنوبي سون هيونغ مين، قائد توتنهام السابق.") == {
        "سون هيونغ مين": "قائد توتنهام السابق"
    }
    # not after a noun the nationality describes
    assert people("وقالت السلطات الكورية ترى ضرورة الحوار.") == {}


def test_where_the_person_serves_after_in_ends_the_role():
    text = "وقال المدير الإقليمي للمنظمة في إفريقيا ماتشيديسو مويتي إن سرعة الاستجابة حالت دون انتشار الوباء."
    assert people(text) == {"ماتشيديسو مويتي": "المدير الإقليمي للمنظمة في إفريقيا"}
    text = "فيما أكد السفير الكوري في عمان، لي سانغ هون، أن بلاده ستواصل دعم التعليم."  # a comma between
    assert people(text) == {"لي سانغ هون": "السفير الكوري في عمان"}
    text = "وبحث الوزير مع المبعوث الشخصي للأمين العام إلى السودان رمطان لعمامرة، سبل إيصال المساعدات."
    assert people(text) == {"رمطان لعمامرة": "المبعوث الشخصي للأمين العام إلى السودان"}  # "إلى" too


def test_a_family_name_people_bear_closing_the_clause_is_no_preposition_and_a_verb():
    assert people("بطلب من هيئة الدفاع التي يقودها المحامي عبد الغني بادي.") == {"عبد الغني بادي": None}


def test_a_nationality_after_a_role_and_a_comma_is_the_persons():
    text = "وقال مدرب الترجي، البولندي ياتسيك نافروتسكي، إن فريقه استحق اللقب."
    assert people(text) == {"ياتسيك نافروتسكي": "مدرب الترجي"}


def test_a_foreign_name_after_a_nationality_and_where_the_person_serves():
    text = "وقدم السفير الأمريكي بالرباط بونيت تالوار أوراق اعتماده."
    assert people(text) == {"بونيت تالوار": "السفير الأمريكي بالرباط"}


def test_a_foreign_family_name_that_is_not_rare_after_a_nationality():
    text = "وأجرى ناصر بوريطة مباحثات مع نظيرته الإسبانية أرانتشا غونزاليس لايا."
    assert people(text)["أرانتشا غونزاليس"] == "نظيرته الإسبانية"


def test_a_preposition_and_an_outlet_end_a_name():
    assert people("وحسب ما صرح به محمد بنعلي لهسبريس، فإن الأشغال ستنتهي.") == {"محمد بنعلي": None}


def test_an_organization_name_ends_before_a_bare_noun_after_its_definite_words():
    assert orgs("وانتقدت النقابة الوطنية للتعليم العالي قرار الوزارة.") == {"النقابة الوطنية للتعليم العالي"}
    assert orgs("ويحتضن المركز الرياضي محمد السادس لكرة القدم تداريب المنتخب.") == {
        "المركز الرياضي محمد السادس لكرة القدم"
    }
    assert orgs("وتأهل منتخب الكوت ديفوار إلى النهائي.") == {"منتخب الكوت ديفوار"}  # a place of two words


def test_international_organizations_known_by_name():
    text = "وحذرت منظمة هيومن رايتس ووتش ومراسلون بلا حدود من تدهور الأوضاع، حسب وكالة الأنباء الفرنسية."
    assert {e.canonical for e in find_entities(None, text) if e.kind == "ORG"} == {
        "هيومن رايتس ووتش",
        "مراسلون بلا حدود",
        "وكالة فرانس برس",
    }


def test_a_members_role_goes_on_through_the_party_that_elected_them():
    text = "ووجه النائب البرلماني عن فيدرالية اليسار عمر بلافريج سؤالا إلى الوزير."
    assert people(text) == {"عمر بلافريج": "النائب البرلماني عن فيدرالية اليسار"}
    text = "قالت النائبة البرلمانية عن فريق التجمع الوطني للأحرار، نادية بوزندفة، إن القطاع يعاني."
    assert people(text) == {"نادية بوزندفة": "النائبة البرلمانية عن فريق التجمع الوطني للأحرار"}


def test_a_given_name_and_a_common_word_between_commas_after_a_role():
    text = "وترأس الاجتماع عامل إقليم تارودانت، مبروك ثابت، بحضور رؤساء المصالح."
    assert people(text) == {"مبروك ثابت": "عامل إقليم تارودانت"}


def test_an_event_after_an_organization_is_not_part_of_its_name():
    text = "وتسلم المنتخب المغربي كأس العرب بعد فوزه في النهائي."
    assert orgs(text) == {"المنتخب المغربي"}
    assert ("EVENT", "كأس العرب") in kinds(text)


def test_a_festival_named_by_one_rare_word():
    assert ("EVENT", "مهرجان تيميتار") in kinds("ونظم مهرجان تيميتار دورته الجديدة.")
    assert not [k for k in kinds("وحضر مهرجان بالمدينة.") if k[0] == "EVENT"]


def test_darija_if_ends_no_name():
    assert people("والأثر ديالها ساري حتى لليوم... خاصة إيلى ضفنا ليه موضع القداسة.") == {}


def test_world_football_figures_named_by_family_name_alone():
    text = "وسجل بنزيما هدفا وقال غوارديولا إن الفريق جاهز."
    assert {canonical for _, canonical in person_mentions(text)} == {"بنزيما", "غوارديولا"}


def test_more_nationalities_and_a_name_in_ka_that_is_no_preposition():
    text = "والرئيس السابق للجمعية الوطنية الكاتالونية كارمي فوركاديل، والوزراء السابقون."
    assert people(text) == {"كارمي فوركاديل": "الرئيس السابق للجمعية الوطنية الكاتالونية"}
    assert people("ودارت الرابور المريكاني تايگا، مهم هو ديما تابعها.") == {"تايگا": None}
    text = "واعتقلو البارح الرابور والمنتج الميريكاني شون جون كومز، لي كان معروف ب “باف دادي”."
    assert people(text) == {"شون جون كومز": None}  # Darija's other spelling, as the Egyptian "الأمريكاني"


def test_a_darija_verb_after_a_role_is_no_name():
    assert people("ووصف الوزير كتكرس كرهو للمعارضة.") == {}


def test_a_definite_noun_before_darija_of_his_is_no_family_name():
    assert "يونس الوثائق" not in people("دبا الجدارمية ردو للزميل الصحفي يونس الوثائق ديالو بعد ساعة.")


def test_in_a_role_a_given_name_that_is_a_word_then_a_family_name_starts_the_name():
    text = "ونوه رئيس جماعة طنجة منير الليموري بالمجهودات المبذولة."
    assert people(text) == {"منير الليموري": "رئيس جماعة طنجة"}
    assert people("وقال رئيس الوداد سعيد الناصيري إن الفريق جاهز.") == {"سعيد الناصيري": "رئيس الوداد"}
    # after the place a body serves too, which ends the body's name
    text = "بحضور رئيس المجلس الإقليمي للحسيمة نبيل الأندلوسي وممثلي المديرية الإقليمية للتجهيز."
    assert people(text) == {"نبيل الأندلوسي": "رئيس المجلس الإقليمي للحسيمة"}
    assert "المجلس الإقليمي للحسيمة" in orgs(text)


def test_generic_phrases_with_an_organizations_head_name_none():
    text = "وانتشرت القوات العمومية بالشوارع، وتوقفت حركة المسافرين، ونقل المريض إلى المؤسسة الصحية."
    assert orgs(text) == set()


def test_a_known_organization_ends_before_what_it_does():
    assert orgs("وتعهد البنك الدولي لتقديم الدعم المالي للمغرب.") == {"البنك الدولي"}
    assert orgs("وقرر الاتحاد الأوروبي لكرة القدم معاقبة النادي.") == {"الاتحاد الأوروبي لكرة القدم"}


def test_beaches_corniches_and_bus_stations_are_places():
    text = "وأغلقت السلطات شاطئ فم الواد، ووصل المسافرون إلى المحطة الطرقية ولاد زيان."
    assert places(text) == {"شاطئ فم الواد", "المحطة الطرقية ولاد زيان"}


def test_an_organization_ends_before_a_definite_plural_after_a_feminine_adjective():
    assert orgs("وأحالت الفرقة الوطنية للشرطة القضائية المتهمين على الوكيل العام.") == {
        "الفرقة الوطنية للشرطة القضائية"
    }


def test_li_before_a_head_that_starts_with_lam_keeps_the_head():
    found = find_entities(None, "وترأس الوالي اجتماعا للجنة اليقظة.")
    assert [(e.text, e.canonical) for e in found if e.kind == "ORG"] == [("لجنة اليقظة", "لجنة اليقظة")]


def test_an_envoys_role_goes_on_through_where_they_are_sent():
    text = "وصرح المبعوث الأممي إلى ليبيا عبد الله باتيلي بأن الانتخابات ممكنة."
    assert people(text) == {"عبد الله باتيلي": "المبعوث الأممي إلى ليبيا"}


def test_committees_guards_and_troupes_are_organizations_but_not_a_committee_named_by_its_task():
    text = "وأوصت اللجنة العلمية الوطنية بالتلقيح، وشارك عناصر من الحرس الترابي، وعرضت فرقة “ثفسوين” مسرحيتها."
    assert orgs(text) == {"اللجنة العلمية الوطنية", "الحرس الترابي", "ثفسوين"}
    assert orgs("وأحيل الملف على اللجنة المكلفة بالتحقيق.") == set()
    assert orgs("وعمدت اللجنة المنظمة بالإضافة إلى المسؤولين على ترتيب القاعات.") == set()
    assert orgs("وقوى التعرض للجراثيم جهاز المناعة عند الأطفال.") == set()


def test_regions_spelled_otherwise_and_districts_of_casablanca():
    text = "الإصابات: الجهة الشرقية 3، العيون الساقية الحمرا 66، وسجلت حالات بعين الدياب وسيدي البرنوصي وكرسيف."
    assert places(text) == {"جهة الشرق", "جهة العيون الساقية الحمراء", "عين الدياب", "سيدي البرنوصي", "جرسيف"}
    assert places("وعاين المحققون مسرح الجريمة.") == set()


def test_an_organization_name_ends_before_when_it_met_and_a_definite_head_before_its_object():
    text = "وقال الخلفي عقب الندوة الصحافية للمجلس الحكومي المنعقد صباح اليوم بالرباط."
    assert orgs(text) == {"للمجلس الحكومي"}
    assert orgs("وجا هذشي فبلاغ كتحذر فيه الوزارة المواطنين.") == set()


def test_a_place_name_holds_no_person():
    text = "أن عناصر تابعين لشرطة مضيق جبل طارق انتشلت البارح الجمعة جثة رجل. وأضافت أن وحدة أمنية انتشلت الجثة."
    assert people(text) == {}


def test_a_rare_definite_name_after_a_two_word_area_head():
    text = "وتم تنقيل قائد الملحقة الإدارية البوعنانية، واعتمد التعليم بالتناوب بالمنطقة الحضرية المحاميد."
    assert places(text) == {"البوعنانية", "المحاميد"}
    assert places("وعين على رأس الملحقة الإدارية السابعة.") == set()


def test_a_figures_last_name_that_is_a_word_is_the_figure_right_before_a_role():
    text = "وكان الخلفي الناطق الرسمي باسم الحكومة قد أكد أن الاستقالة وصلت."
    assert people(text) == {"الخلفي": "الناطق الرسمي باسم الحكومة"}
    assert people("فتح الباب الخلفي للقاعة.") == {}
    # "الوالي" of the actor "رشيد الوالي" is a governor before a role
    assert people("وقال الوالي المنسق الوطني للمبادرة إن المشاريع انطلقت.") == {}


def test_a_nationality_as_a_noun_then_a_reviewed_foreign_given_name():
    assert people("وفاز الإسباني رافاييل نادال ببطولة رولان غاروس.") == {"رافاييل نادال": None}
    assert people("وتأهل المنتخب الإسباني رافاييل إلى النهائي.") == {}
    # or a word seldom one, then a foreign family name closing the clause or before a preposition
    assert people("بعد فوزها على الأمريكية كوكو غوف بمجموعتين لواحدة.") == {"كوكو غوف": None}
    assert people("وخسر نزاله أمام البريطاني دالتون سميث بالضربة القاضية.") == {"دالتون سميث": None}
    assert people("وفاز المنتخب على البريطاني بهدف نظيف.") == {}
    # behind, in a race; a foreign given name that is a family name too; "و" and the next one
    text = "وحلت ثالثة في طوكيو، خلف الكينية بيريس جيبشيرشير والإثيوبية تيجست أسيفا."
    assert set(people(text)) == {"بيريس جيبشيرشير", "تيجست أسيفا"}


def test_a_clause_about_the_person_closes_a_name_after_a_compound_given_name():
    text = "وعين محمد الدخيسي واليا لأمن الدار البيضاء، خلفا لعبد اللطيف مؤدب الذي أحيل على التقاعد."
    assert set(people(text)) == {"محمد الدخيسي", "عبد اللطيف مؤدب"}


def test_an_occupation_and_a_given_name_end_a_bodys_name():
    text = "كرمت وزارة الثقافة الليبية الروائي إبراهيم الكوني في حفل أقيم بمدينة بنغازي."
    assert orgs(text) == {"وزارة الثقافة الليبية"} and people(text) == {"إبراهيم الكوني": None}


def test_a_given_name_alone_with_a_title_is_the_lineage_found_in_the_article():
    found = find_entities("الملك سلمان يغادر المستشفى", "غادر الملك سلمان بن عبد العزيز المستشفى بالرياض.")
    assert {(e.text, e.canonical) for e in found if e.kind == "PERSON"} == {
        ("سلمان", "سلمان بن عبد العزيز"),
        ("سلمان بن عبد العزيز", "سلمان بن عبد العزيز"),
    }


def test_list_items_and_syllables_that_are_words():
    # a preposition and a verbal noun with "his" is no listed name
    assert set(people("وتألق حارس الفريق الطنجي، رضا أسماعيل، بتصديه لركلتين.")) == {"رضا أسماعيل"}
    # "هو" ("he") as the third syllable of a Korean name before a comma
    assert set(people("ويترأس لجنة التحكيم المخرج الكوري بونغ جون هو، فيما افتتح المهرجان بفيلم.")) == {"بونغ جون هو"}


def test_a_korean_leader_after_his_role_and_a_verb_opening_the_sentence():
    text = "أشرف الزعيم الكوري الشمالي كيم جونغ أون على تجربة لإطلاق صاروخ باليستي."
    assert people(text) == {"كيم جونغ أون": None}


def test_an_occupation_and_the_persons_nationality_end_a_bodys_name():
    text = "أوقفت الشرطة الفرنسية المغني المغربي سعد لمجرد في باريس، للاستماع إليه."
    assert orgs(text) == {"الشرطة الفرنسية"} and set(people(text)) == {"سعد لمجرد"}


def test_the_presidential_palace_needs_a_cue_as_the_royal_one_does():
    assert "القصر الرئاسي" in places("استقبل الرئيس، في القصر الرئاسي بنواكشوط، رئيس البنك.")
    assert places("وأعلن القصر الرئاسي أن الزيارة تأجلت.") == set()


def test_a_numbered_prison_and_a_sure_compound_given_name_after_and():
    assert places("غادر الصحفي عمر الراضي سجن تيفلت 2 بعد استفادته من عفو ملكي.") == {"سجن تيفلت 2"}
    text = "ونعاها المغنون عبد الهادي بلخياط ولطيفة رأفت وعبد الوهاب الدكالي."
    assert set(people(text)) == {"عبد الهادي بلخياط", "لطيفة رأفت", "عبد الوهاب الدكالي"}


def test_a_one_word_name_before_speech_and_no_adverb_after_an_appointment():
    text = "وقال رئيس الوكالة الوطنية لإدارة الكوارث سوهاريانتو إن آلاف الأسر نزحت."
    assert people(text) == {"سوهاريانتو": "رئيس الوكالة الوطنية لإدارة الكوارث"}
    text = "وعين الرئيس وزير الجيوش سيباستيان لوكورنو رئيسا جديدا للوزراء خلفا لفرانسوا بايرو، الذي سقطت حكومته."
    assert set(people(text)) == {"سيباستيان لوكورنو", "فرانسوا بايرو"}  # "خلفا": succeeding


def test_a_royal_title_then_a_definite_given_name_and_a_long_lineage():
    text = "أعلن الديوان الملكي السعودي وفاة الأمير الوليد بن خالد بن طلال بن عبد العزيز آل سعود، الذي عرف."
    found = find_entities(None, text)
    assert [(e.kind, e.text) for e in found] == [
        ("ORG", "الديوان الملكي السعودي"),
        ("PERSON", "الوليد بن خالد بن طلال بن عبد العزيز آل سعود"),
    ]


def test_a_foreign_predecessor_after_succeeding():
    text = "انتخب البرلمان ساناي تاكايشي رئيسة للوزراء، خلفا لشيغيرو إيشيبا."
    assert "شيغيرو إيشيبا" in people(text)
    assert people("وعين مديرا جديدا خلفا للمدير السابق.") == {}


def test_a_weekly_market_named_by_its_day():
    assert places("أتى حريق على عشرات المحلات التجارية بسوق الأحد بأكادير.") == {"سوق الأحد", "أكادير"}


def test_church_titles_an_egyptian_compound_and_a_gulf_lineage_with_its_house():
    text = "التقى الرئيس اللبناني جوزاف عون البطريرك الماروني بشارة بطرس الراعي، وبحثا الأوضاع."
    assert set(people(text)) == {"جوزاف عون", "بشارة بطرس الراعي"}
    assert people("توفي الروائي المصري صنع الله إبراهيم عن عمر ناهز 88 عاما.") == {"صنع الله إبراهيم": None}
    text = "أعلن وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي عن نجاح الوساطة."
    assert set(people(text)) == {"محمد بن عبد العزيز الخليفي"}


def test_a_quoted_title_that_is_a_head_names_nothing_and_a_remit_ends_before_a_verbal_noun():
    assert orgs('وصدرت له روايات "اللجنة" و"ذات" و"شرف".') == set()
    text = "أعلن الاتحاد الدولي للجيدو منح المغرب شرف تنظيم البطولة."
    assert orgs(text) == {"الاتحاد الدولي للجيدو"}


def test_a_joint_committee_is_no_named_body():
    assert orgs("واتفق الجانبان على عقد اجتماع اللجنة المشتركة بلشبونة.") == set()


def test_fatah_by_its_name_with_its_head():
    assert orgs("وقالت حركة فتح إن الاجتماع ناجح.") == {"حركة فتح"}
    assert orgs("وفتح المجلس باب الترشيح.") == set()


def test_a_preposition_with_a_pronoun_is_no_family_name():
    assert people("ترأس الملك مجلسا وزاريا صادق خلاله على مشروع قانون المالية.") == {}  # "approved during it"


def test_a_given_name_and_a_definite_word_before_a_definite_role():
    text = "جماعة سلا التي يترأسها جامع المعتصم القيادي في حزب العدالة والتنمية."
    assert people(text) == {"جامع المعتصم": "القيادي"}


def test_a_foreign_name_set_off_by_commas():
    text = "وحكت السفارة قصة أسطورة الجاز، راندي ويستون، الذي أحب المغرب. وعاد ويستون إلى نيويورك."
    assert person_mentions(text) == [("راندي ويستون", "راندي ويستون"), ("ويستون", "راندي ويستون")]


def test_a_role_ends_at_bi_and_a_word_but_not_at_bi_and_a_body():
    assert people("وأشادت الوزيرة بجهود الأستاذة خديجة بنعمر.") == {"خديجة بنعمر": None}
    text = "وقال مدير الميزانية بوزارة الاقتصاد والمالية فوزي لقجع إن العجز تراجع."
    assert people(text) == {"فوزي لقجع": "مدير الميزانية بوزارة الاقتصاد والمالية"}


def test_chaired_by_is_no_presidency_and_a_sahrawi_family_name():
    text = "وعقد المكتب السياسي اجتماعه برئاسة فاطمة الزهراء المنصوري."
    assert orgs(text) == set()
    assert "فاطمة الزهراء المنصوري" in people(text)
    text = "وقالت النائبة عن حزب العدالة والتنمية، أمينة ماء العينين، إن الحكومة تراجعت."
    assert people(text) == {"أمينة ماء العينين": "النائبة عن حزب العدالة والتنمية"}


def test_a_list_under_way_takes_family_names_that_are_words():
    text = "وبطولة كل من أسامة البسطاوي وعادل أبا تراب ونادية كوندة وعبد الإله عاجل."
    assert set(people(text)) == {"أسامة البسطاوي", "عادل أبا تراب", "نادية كوندة", "عبد الإله عاجل"}
    assert people("وبينهم أية حالة خطيرة.") == {}


def test_a_head_that_is_part_of_a_quoted_name():
    found = find_entities(None, "وحلل باحثون من جامعة “تورنتو” بيانات المرضى، وأعلنت شركة “مايكروسوفت” أرباحها.")
    assert {(e.text, e.canonical) for e in found if e.kind == "ORG"} == {
        ("جامعة “تورنتو”", "جامعة تورنتو"),
        ("مايكروسوفت", "مايكروسوفت"),
    }


def test_darija_although_and_a_pronoun_after_a_preposition_end_names():
    assert people("والذي تلاه وزير الشغل نيابة عنه.") == {}
    assert places("باش نديرو تعقيم صعبة خصوصا عندنا 52 ألف مسجد واخا نديرو التباعد") == set()


def test_places_and_media_from_the_tenth_blind_set():
    text = (
        "وزار الرئيس مورتانيا، وعثر على جثة على ضفة وادي أم الربيع، وقالت ديلي ميل إن التجارة"
        " عبر ميناء طنجة ميد ارتفعت."
    )
    assert places(text) == {"موريتانيا", "وادي أم الربيع", "طنجة المتوسط"}
    assert orgs(text) == {"ديلي ميل"}


def test_a_word_in_at_is_no_unknown_family_name():
    # Darija verbs of a woman ("she went out", "she confirmed") and plurals end in "-ات"
    assert people("ومن بعد دنيا خرجات وقالت سارة أكدات الخبر.") == {}


def test_darija_words_that_end_names_and_his_her_name_is():
    assert people("وقال شگر باغي يتخلى على الحزب، وهاري مشا لأمريكا.") == {}
    assert people("وكانت عندو صاحبتو سميتها هاجر شيلي، وجاو.") == {"هاجر شيلي": None}


def test_darija_spellings_of_congo_and_ask_is_no_seoul():
    assert places("ولعب المنتخب ضد الكونكو.") == {"الكونغو - كينشاسا"}
    assert places("ومع ذلك سول سؤالو ناس فالصيد.") == set()


def test_a_feminine_adjective_after_an_area_head_is_no_place():
    assert places("وتم العثور على الجثة في منطقة خالية، ونقلت إلى جهة مجهولة.") == set()
    assert places("ووصل الوفد إلى مدينة طرفاية.") == {"طرفاية"}
    # a municipality, as Algeria and Tunisia name the commune
    assert places("وأشرف الوزير على عمليات الإنقاذ ببلدية تيميمون.") == {"تيميمون"}


def test_a_known_nisba_family_name_alone_after_an_honorific():
    assert people("وقال الشيخ الشعراوي في تفسيره إن الصبر مفتاح.") == {"الشعراوي": None}
    assert people("وقال الأستاذ الجديد إن الامتحان سهل.") == {}


def test_a_speaker_after_a_verb_of_saying():
    # no given name the name data knows: the verb and "أن" say it is a name
    assert people("وأكد كارلو أنشيلوتي أن فريقه سيعود بقوة.") == {"كارلو أنشيلوتي": None}
    assert people("وأضاف أنهم معندهمش الحق فهادشي.") == {}  # Darija "that they don't have"
    assert people("وأكد مصدر مطلع أن المفاوضات متعثرة.") == {}
    assert people("مصدر حكومي آخر قال لكود سابقا أنها مشات للقصر.") == {}  # "told Goud before"


def test_a_list_opened_by_kull_min_or_mithl():
    text = "وشارك في اللقاء كل من كريم بنزيما ولوكا مودريتش وتوني كروس."
    assert set(people(text)) == {"كريم بنزيما", "لوكا مودريتش", "توني كروس"}
    text = "ووقع الرسالة نشطاء مثل ميلاغرو سالا ولويس داليا من الأرجنتين."
    assert set(people(text)) == {"ميلاغرو سالا", "لويس داليا"}
    assert people("وشارك في المؤتمر كل من المغرب وفرنسا وإسبانيا.") == {}
    assert people("تقدمت بشكاية ضد كل من اختها لمياء وزوجها.") == {}  # "her sister Lamia"


def test_listed_names_after_a_name_go_on_past_a_kaf():
    # "كلفن" is Kelvin, not ك + "لفن"; the list goes on to the names after it
    text = "ووقع أيضا خوسيه دانيال ماركيز، وكلفن روميرو، وخوسيه أبيلينو سيديلو."
    assert set(people(text)) >= {"كلفن روميرو", "خوسيه أبيلينو سيديلو"}


def test_a_family_name_after_a_title_is_the_full_name_found_in_the_article():
    text = "عينت نزهة بوشارب على رأس الوزارة. وأضافت السيدة بوشارب أن الورش مفتوح."
    assert person_mentions(text) == [("نزهة بوشارب", "نزهة بوشارب"), ("بوشارب", "نزهة بوشارب")]
    # "مادام" (Madame) is a title in Maghrebi writing
    assert people("وأضافت مادام لقلالش أنها فرحانة بالتعيين.") == {"لقلالش": None}


def test_an_occupation_then_a_name_before_reported_speech():
    assert people("قال الخبير الأمني الإسباني خيسوس نونيز إن التعاون نموذجي.") == {"خيسوس نونيز": None}
    assert people("وتوفي الطبيب عبد الرزاق هفتي.") == {"عبد الرزاق هفتي": None}
    assert people("وقال الخبير إن الوضع مقلق.") == {}


def test_a_public_figure_starting_inside_a_name_is_the_name():
    text = "وبدعوة من مولاي حمدي ولد الرشيد عضو اللجنة التنفيذية لحزب الاستقلال."
    assert set(people(text)) == {"حمدي ولد الرشيد"}
    # Darija "knows well" before the King's name
    assert set(people("راه كيعرف مزيان محمد السادس وعندهم علاقة عائلية.")) == {"محمد السادس"}


def test_darija_to_me_to_you_and_a_short_word_with_her_are_no_names():
    # "there her mother Doria lives": "امها" is no name; her mother is, by her given name alone
    assert people("مسقط راس ميكان وتما عايشة امها دوريا.") == {"دوريا": None}
    assert people("شنو بغيتي ندير ليك هاه؟") == {}  # "what do you want me to do for you"
    assert people("وطلعت ليا فالراس.") == {}  # "it went to my head"


def test_one_rare_word_after_a_title_and_a_nationality_ending_the_clause():
    assert people("وثق لقاءه مع الشاف التركي بوراك، خلال زيارته.") == {"بوراك": None}
    assert people("وثق لقاءه مع الشاف التركي المعروف، خلال زيارته.") == {}
    assert people("يضم ثماني أغان من ألحان الموسيقار السعودي طلال، وتعاونت فيه مع الشاعر.") == {"طلال": None}


def test_a_royal_title_between_the_role_and_the_name_leaves_the_role():
    text = "وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة تدعم الحل."
    assert people(text) == {"فيصل بن فرحان": "وزير الخارجية السعودي"}


def test_and_a_role_after_a_name_ends_it():
    text = "وشارك وزير الاقتصاد والمالية الفرنسي برونو لومير ونظيرته المغربية نادية فتاح العلوي."
    assert people(text) == {"برونو لومير": "وزير الاقتصاد والمالية الفرنسي", "نادية فتاح العلوي": "نظيرته المغربية"}


def test_an_ambassadors_role_names_where_they_are_accredited():
    text = "وحسب يوسف العمراني، سفير المغرب لدى جنوب إفريقيا، فإن العلاقات تتحسن."
    assert people(text) == {"يوسف العمراني": "سفير المغرب لدى جنوب إفريقيا"}
    assert people("وقال سفير المغرب لدى الجزائر إن الحدود مغلقة.") == {}  # a role, and no name


def test_a_preposition_written_apart_ends_a_name():
    text = 'وحسب ما صرح به محمد بودرا لـ"اليوم 24"، فإن المشروع متوقف.'
    assert person_mentions(text) == [("محمد بودرا", "محمد بودرا")]
    assert [m for m, _ in person_mentions("وقالت نبيلة منيب ل كود إن الحزب مستعد.")] == ["نبيلة منيب"]


def test_universities_named_after_a_person_are_organizations_inside_a_role():
    text = "وقال أستاذ القانون الدستوري بجامعة القاضي عياض إدريس لكريني إن النص دستوري."
    assert people(text) == {"إدريس لكريني": "أستاذ القانون الدستوري بجامعة القاضي عياض"}
    assert people("ووقع البروتوكول رئيس جامعة محمد الخامس محمد الغاشي.") == {"محمد الغاشي": "رئيس جامعة محمد الخامس"}


def test_short_region_names_leagues_royal_schools_and_bridges():
    assert places("وسجلت جهة كازا سطات أكبر عدد، تليها طنجة تطوان.") == {
        "جهة الدار البيضاء سطات",
        "جهة طنجة تطوان الحسيمة",
    }
    assert orgs("طالبت رابطة كاتبات المغرب بوزارة مستقلة.") == {"رابطة كاتبات المغرب"}
    assert orgs("وكانوا يدرسون بالمدرسة الملكية للدرك بمراكش.") == {"المدرسة الملكية للدرك"}
    assert "قنطرة أسكار" in places("نصب الدرك سدا قضائيا قرب قنطرة أسكار.")


def test_a_rural_commune_named_in_quotes_after_its_adjective():
    assert places("وكانت الجماعة القروية “لغوازي” بإقليم تاونات قد اهتزت.") == {"لغوازي", "تاونات"}
    assert places("وزار الجماعة القروية أولاد عياد.") == {"أولاد عياد"}


def test_a_name_set_off_by_a_comma_and_followed_by_an_age():
    text = "عاشت مع خوها غير الشقيق، بريندون ماتشين 39 عام، وأولادهم."
    assert people(text) == {"بريندون ماتشين": None}
    assert people("العيالات تما كيعيشو 12 عام كثر من الرجال.") == {}  # "there they live 12 years"


def test_and_a_reviewed_given_name_with_its_article_continues_a_list():
    text = "منهم الطيب موغلية، ومصطفى ادعنين، ونور الدين اشيبان."
    assert {"الطيب موغلية", "مصطفى ادعنين"} <= set(people(text))
    text = "العلاقة بين سامية أقريو ونورة الصقلي والسعدية لديب، وهند السعديدي، خاصة جدا."
    assert "هند السعديدي" in people(text)
    assert set(people("وحضر بدر معتز، والمهدي عشتاوي.")) == {"بدر معتز", "المهدي عشتاوي"}


def test_common_foreign_given_names_and_french_compound_ones():
    assert people("هاجم أعضاء المجلس الوطني امحند العنصر اللي كان قال إنه لن يترشح.") == {"امحند العنصر": None}
    assert people("وكشف تقرير أعده الباحث الفرنسي جان بيير فيليو أن الوضع مقلق.") == {"جان بيير فيليو": None}
    assert people("ورفضت المحكمة دعوى الممثل كيفن سبيسي.") == {"كيفن سبيسي": None}
    # Jean as the Maghrebi press writes it, the third word a common one ("ماس", diamonds), then
    # "و" and the next name
    text = "وأفادت الصحيفة أن جون بيير ماس وريني مارك شيكلي رئيس الجمعية وقعا الاتفاق."
    assert set(people(text)) == {"جون بيير ماس", "ريني مارك شيكلي"}
    text = "وأقال الرئيس وزير الداخلية جان بابتيست تين، وعين مكانه الجنرال محمدو ديوب."  # Jean-Baptiste's "ب"
    assert set(people(text)) == {"جان بابتيست تين", "محمدو ديوب"}


def test_a_role_of_an_unknown_organization_then_a_reviewed_given_name():
    text = "ووقع عليها رئيس اومنيوم كولتورال جوردي كويكسارت ؛ والرئيس السابق للجمعية."
    assert people(text) == {"جوردي كويكسارت": "رئيس اومنيوم كولتورال"}
    # the role's complement is known: an unknown word after it is the name's ("خوسي" for "خوسيه")
    assert "خوسي لويس مارتينيث" in people("وصرح عمدة مدريد خوسي لويس مارتينيث بأن المدينة مستعدة.")


def test_and_starts_the_next_name_after_a_name_ending_in_a_given_name():
    text = "وشاركت في الندوة كل من نبيلة منيب وفاطمة التامني."  # "منيب" is a given name too
    assert set(people(text)) == {"نبيلة منيب", "فاطمة التامني"}
    assert set(people("تامر حسني وبسمة بوسيل تصالحو.")) == {"تامر حسني", "بسمة بوسيل"}  # the figure


def test_compound_given_names_with_mohamed_and_a_shorter_mention_of_a_longer_name():
    text = "وقال محمد أمين الخليع، المدير العام للمكتب الوطني للسكك الحديدية، إن القطار جاهز."
    assert people(text) == {"محمد أمين الخليع": "المدير العام للمكتب الوطني للسكك الحديدية"}
    # the same person named without his first given name shares the canonical name
    text = "وقال محمد نبيل بنعبد الله إن الحزب مستعد. وأضاف نبيل بنعبد الله أن الحكومة فشلت."
    assert {canonical for _text, canonical in person_mentions(text)} == {"محمد نبيل بنعبد الله"}


def test_a_three_word_name_before_and_and_a_reviewed_given_name():
    text = "ووقع أيضا نشطاء من كولومبيا، خوسيه فيسينتي موريللو وخورخي إنريكي."
    assert "خوسيه فيسينتي موريللو" in people(text)


def test_words_that_read_as_names_are_none():
    # "على" (on) folds to the search form of "علي": no mention of "مولاي علي"
    mentions = person_mentions("وصل مولاي علي إلى المدينة. وعلق على الحادث بحزن.")
    assert mentions == [("مولاي علي", "مولاي علي")]
    assert people("أما إيلا فقد غادرت.") == {}  # "as for"
    assert people("وتمنى ليها الجمهور عيد ميلاد سعيد.") == {}  # "happy birthday"
    assert people("ودق أرباب المقاهي ناقوس الخطر.") == {}  # "café owners"
    # Darija "became" ("ولي" is a name); the player named alone is found
    assert people("بفضل حكيمي دورتموند ولى الثاني فالبوندسليكا.") == {"حكيمي": None}


def test_a_role_goes_on_through_a_genitive_role_and_no_role_starts_inside_a_given_name():
    text = "والتقى ستيفان دي ميستورا، المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء، بالوزير."
    assert people(text) == {"ستيفان دي ميستورا": "المبعوث الشخصي للأمين العام للأمم المتحدة"}
    text = "وحضر الحفل وزيرة الثقافة الفرنسية ريما عبد الملك والسفير كريستوف لوكورتيي."
    assert people(text)["كريستوف لوكورتيي"] == "السفير"  # not "الملك والسفير"


def test_an_accusative_noun_after_a_role_in_apposition_is_no_name():
    text = "وقدم البروفيسور عز الدين الإبراهيمي، مدير مختبر البيوتكنولوجيا، عرضا مفصلا."
    assert people(text) == {"عز الدين الإبراهيمي": "مدير مختبر البيوتكنولوجيا"}


def test_beni_starts_a_place_and_a_noun_with_his_pronoun_or_a_preposition_with_hers_ends_a_name():
    text = "وقعت الحادثة على مستوى “بني عياض” التابع لإقليم أزيلال."
    assert "بني عياض" in places(text) and people(text) == {}
    assert people("وشاركت لبنى الجوهري في الحفل.") == {"لبنى الجوهري": None}  # "لبنى" folds to "بني"
    assert people("كان المهاجر يدعى قيد حياته “محمد حاروشي”.") == {"محمد حاروشي": None}  # "while alive"
    text = "وقال الأمين العام لحلف الناتو مارك روته إن الحلف موحد."  # "روته" is a name, "حياته" a noun
    assert people(text) == {"مارك روته": "الأمين العام لحلف الناتو"}
    assert people("بهدف تزويد مروج معروف بها.") == {}  # "known there"


def test_a_list_of_neighbourhoods_and_a_name_with_its_qualifier():
    text = "تم إيقافهم بأحياء عين هارون وزواغة العليا وسيدي بوجيدة."
    assert places(text) == {"عين هارون", "زواغة العليا", "سيدي بوجيدة"}
    assert places("اهتزت الجماعة القروية تودغى العليا، التابعة ترابيا لإقليم تنغير.") == {"تودغى العليا", "تنغير"}
    assert places("وجري أيضا الإبقاء على إحياء الأعراس والجنائز.") == set()  # "holding weddings"
    # the first name is read when the list goes on with a known place
    text = "قررت السلطات إغلاق أحياء العوامة وطنجة البالية ومغوغة والمرس اشناذ، داعيا المواطنين."
    assert places(text) == {"العوامة", "طنجة البالية", "مغوغة", "المرس اشناذ"}
    text = "وكانت ولاية الأمن بالدار البيضاء قد أوضحت أن المشتبه فيه اعتقل."
    assert "ولاية الأمن" in organizations(text) and places(text) == {"الدار البيضاء"}


def test_moroccan_courts_leagues_and_schools():
    text = "قضت ابتدائية أكادير بالسجن في حق تلميذ بثانوية “محمد الخامس” بتارودانت."
    assert "ابتدائية أكادير" in organizations(text)
    assert places(text) == {"محمد الخامس", "تارودانت"} and people(text) == {}  # a quoted school's name
    text = "وعبرت العصبة الوطنية لكرة القدم الاحترافية عن استعدادها."
    assert "العصبة الوطنية لكرة القدم الاحترافية" in organizations(text)
    assert "عصبة الأبطال" not in organizations("وتأهل الفريق لنصف نهائي عصبة الأبطال.")  # a competition


def test_a_list_item_between_commas_that_opens_with_a_given_name():
    text = "وحضر محمد اوجار، عبد الودود خربوش، سيدي محمد الجماني، محمد عياش."
    assert "سيدي محمد الجماني" in people(text)
    assert set(people("وحضر عبد الودود خربوش، على غرفة الجنايات.")) == {"عبد الودود خربوش"}


def test_a_foreign_name_after_a_title_with_a_nationality_whatever_follows():
    text = "وصرح الصحفي الإسباني إيناسيو سمبريرو لوسائل الإعلام بأن الأزمة انتهت."
    assert people(text) == {"إيناسيو سمبريرو": None}
    assert people("وظهر الرابور المغربي طوطو يوشم ذراعه في الفيديو.") == {}  # a verb in ي- after the name
    # a foreign given name that is frequent as a name, then a rare family name
    assert people("وقالت المغنية الأمريكية تايلور سويفت في تدوينة إنها سعيدة.") == {"تايلور سويفت": None}
    assert people("اللاعب المغربي كعادته أظهر فنيات عالية.") == {}  # "as usual": a noun and its owner


def test_a_darija_verb_in_the_present_is_no_family_name():
    assert people("الشطاحة مايا كتسكت حتى تسكت.") == {}  # "Maya does not shut up"
    # after the name, it ends it: the name, then its verb
    assert people("معتقل لي كيدوز 12 العام البشير بنشعيب كيحاكموه بسباب أغنية.") == {"البشير بنشعيب": None}
    assert people("الإعلامية سميرة كتهاجم المنتقدين.") == {"سميرة": None}  # "Samira attacks"
    assert people("وقال اللاعب السابق ساليف كيتا إن الفريق قوي.") == {"ساليف كيتا": None}  # a name in كي-


def test_a_village_named_with_ba_is_a_place_and_ba_still_ends_a_name():
    assert places("وجهت تعليمات إلى درك قرية با محمد على الفور.") == {"با محمد"}
    assert people("وقال عصمان با، مهاجر إفريقي مقيم في المغرب، إن الوضع صعب.") == {"عصمان با": None}


def test_a_maghrebi_family_name_that_reads_as_a_preposition_and_a_word():
    # "بناجح" is "ب" + "ناجح" (successful) on paper, but that pairing is far rarer than the name
    assert people("وقال حسن بناجح إن السلطات منعت النشاط.") == {"حسن بناجح": None}
    assert people("وقال الباحث علي بوشركة إن الضحك تغير.") == {"علي بوشركة": None}
    assert people("وقالت زوينة لمواجهة تفشي الوباء يجب الحذر.") == {}  # "to face": a common pairing


def test_a_definite_family_name_whose_bare_word_is_common_but_not_with_the_article():
    # "كوني" (be!) and "مجرد" (mere) are common words; "الكوني" and "المجرد" are names
    assert people("وتحدث الروائي الليبي إبراهيم الكوني عن تجربته في الكتابة.") == {"إبراهيم الكوني": None}
    assert people("ورفضت المحكمة طلب الفنان سعد المجرد.") == {"سعد المجرد": None}
    assert people("وأكدت فاطمة الزهراء المعروفة بمواقفها أن القرار خاطئ.") == {}  # a common adjective


def test_african_asian_and_european_nationalities_introduce_a_foreign_name():
    assert people("وتعاقد النادي مع المهاجم الكونغولي فابريس نغوما لمدة ثلاث سنوات.") == {"فابريس نغوما": None}
    text = "وقال وزير الخارجية المجري بيتر سيارتو إن بلاده تعارض العقوبات."
    assert people(text) == {"بيتر سيارتو": "وزير الخارجية المجري"}


def test_a_role_goes_on_through_an_area_and_its_known_name_of_two_words():
    text = "وأكد المدير الجهوي للصحة بجهة سوس ماسة، لحسن أيت علي، أن الوضع الوبائي مستقر."
    assert people(text) == {"لحسن أيت علي": "المدير الجهوي للصحة بجهة سوس ماسة"}


def test_more_reviewed_given_names_foreign_west_african_and_maghrebi_with_the_article():
    text = "وانتقدت المستشارة الألمانية السابقة أنغيلا ميركل سياسة الهجرة."
    assert people(text) == {"أنغيلا ميركل": "المستشارة الألمانية السابقة"}
    assert people("فيما أضاف فينيسيوس جونيور الهدف الثالث.") == {"فينيسيوس جونيور": None}
    # a definite given name ends the organization of the role before it
    text = "وأكد الأمين العام للاتحاد المغربي للشغل الميلودي موخاريق أن النقابة ترفض."
    assert people(text) == {"الميلودي موخاريق": "الأمين العام للاتحاد المغربي للشغل"}


def test_a_relative_pronoun_closes_a_name_of_three_words():
    text = "وتم تنصيب المحامي الشهير ايريك ديبون موريتي الذي هو محامي القصر."
    assert people(text) == {"ايريك ديبون موريتي": None}


def test_two_foreign_given_names_are_one_given_name_not_a_full_name():
    assert people("خلفا للأرجنتيني ميكيل أنخيل كاموندي الذي تمت إقالته.") == {"ميكيل أنخيل كاموندي": None}
    assert "جوليان أندريس" not in people("وحضر جوليان أندريس جيل رييس، خوسيه فيسينتي موري.")


def test_seats_of_power_movements_and_moroccan_bodies_are_known_organizations():
    assert "البيت الأبيض" in orgs("وقال البيت الأبيض إن الرئيس سيزور المنطقة.")
    assert "كتائب القسام" in orgs("وأعلنت كتائب القسام عن عملية جديدة.")
    assert "أونسا" in orgs("وحجزت مصالح أونسا أطنانا من اللحوم.")
    # a district of Casablanca bears the name too, so "الأزهر" alone is no organization
    assert "الأزهر" not in orgs("أمام مقر الملحقة الإدارية الأزهر بالبيضاء.")
    assert "جامعة الأزهر" in orgs("وأصدرت جامعة الأزهر بيانا.")


def test_the_credits_of_a_work_open_a_list_of_people():
    text = "والمسلسل من سيناريو جيهان بحار ونادية كمالي مروازي."
    assert people(text) == {"جيهان بحار": None, "نادية كمالي مروازي": None}
    assert people("والفيلم من بطولة طوم كروز، وتم تصويره في المغرب.") == {"طوم كروز": None}
    assert people("وفاز المنتخب بلقب بطولة إفريقيا للأمم.") == {}  # a championship
    assert people("بزاف ديال المشاهير كتبو كلمات زوينة للأب ديالو.") == {}  # "nice words"


def test_a_seldom_written_town_after_a_reviewed_given_name_is_the_family_name():
    assert people("وأجرت الصحفية ماريا مورينو حوارا مع الكاتب.") == {"ماريا مورينو": None}
    assert people("وقال الجنرال حسني بنسليمان إن الوضع مستقر.") == {"حسني بنسليمان": None}
    assert "الرباط" in places("واستقبل حسني بالرباط وفدا.")  # a preposition and a place


def test_a_given_name_before_the_family_name_of_a_person_found_is_a_relative():
    text = "توفي الصحافي خالد الجامعي. اللي كان ولدو حمودة الجامعي مكلف بالاقتصاد."
    assert set(people(text)) == {"خالد الجامعي", "حمودة الجامعي"}
    text = "وانتخب المجلس حكيم بنشماس رئيسا. وجاء انتخاب بنشماس بعد مفاوضات."
    assert set(people(text)) == {"حكيم بنشماس"}  # "the election of": a noun, not a given name


def test_a_family_name_alone_shared_by_two_people_found_is_left_unread():
    # which of them it names the text does not say; a person "باطمة" would be a third, made up
    text = "وتحدث الفنان طارق باطمة عن أخته شهرزاد باطمة. وقال باطمة إنه فخور بها."
    assert [name for name, _ in person_mentions(text)] == ["طارق باطمة", "شهرزاد باطمة"]


def test_a_champion_introduces_a_name_and_a_feminine_adjective_is_no_family_name():
    text = "أعلنت المنظمة عن نزال بين بدر هاري والبطل الروماني بنجامين أديكباي."
    assert set(people(text)) == {"بدر هاري", "بنجامين أديكباي"}
    assert people("وإلى جانب مقابلة بدر هاري وريكو الرئيسية يشارك بطل آخر.") == {"بدر هاري": None}


def test_another_persons_family_name_then_a_word_no_name_list_has_is_that_person():
    text = "وواجه البطل المغربي بدر هاري منافسه الهولندي. وخسر هاري الكومبا، من بعد إصابة فرجلو."
    assert person_mentions(text) == [("بدر هاري", "بدر هاري"), ("هاري", "بدر هاري")]
    # a second word the name data knows: another person, who shares the word
    text = "وغنت الفنانة مريم حسين مع الفنان حسين الجسمي في الحفل."
    assert set(people(text)) == {"مريم حسين", "حسين الجسمي"}


def test_a_definite_family_name_alone_that_is_seldom_a_word_is_the_person_found():
    text = "واعتقلت الشرطة سفيان الخروبي. وقال مصدر إن الخروبي سيمثل أمام القاضي."
    assert person_mentions(text) == [("سفيان الخروبي", "سفيان الخروبي"), ("الخروبي", "سفيان الخروبي")]
    text = "واستقبل الوزير خالد الجامعي. وأعلنت النقابة الجامعي عن إضراب."
    assert person_mentions(text) == [("خالد الجامعي", "خالد الجامعي")]  # "academic": a common adjective


def test_a_common_noun_with_our_is_no_family_name():
    assert people("وقال حكيم تقدمنا كثيرا في هذا الملف.") == {}  # "we progressed"
    assert people("سفير أمريكا هدى سيدنا أول خريطة كاملة.") == {}  # "gave our lord"
    assert "كريستينا كيرشنر" in people("وقالت الرئيسة الأرجنتينية كريستينا كيرشنر إن البلاد قوية.")


def test_a_foreign_name_in_ki_is_a_darija_verb_only_in_darija():
    assert people("وقالت كريستينا كيرشنر إن البلاد قوية.") == {"كريستينا كيرشنر": None}
    assert people("وقال الدبلوماسي الأمريكي هنري كيسنجر إن الصين قوة.") == {"هنري كيسنجر": None}
    # in a Darija text the same shape is a verb: "Samira keeps attacking"
    assert people("الإعلامية سميرة كتهاجم المنتقدين ديالها.") == {"سميرة": None}


def test_a_verb_in_the_present_or_future_is_no_family_name():
    assert people("حجزت الجمارك أحجار كريمة تستعمل في تزيين الحلي.") == {}  # "precious stones used"
    assert people("وقال إن محمد سيعود إلى المغرب.") == {}  # "Mohamed will return"
    assert people("وقال الرئيس عبد المجيد تبون إن الجزائر قوية.") == {"عبد المجيد تبون": "الرئيس"}


def test_given_names_with_the_article_as_darija_writes_it_and_a_darija_verb_for_i():
    text = "ورئيس جامعة الغرف الفلاحية بالمغرب، لحبيب بنطالب."
    assert people(text) == {"لحبيب بنطالب": "رئيس جامعة الغرف الفلاحية بالمغرب"}
    assert people("وخديت دبلومات لي كان حلمي نخدم بهم فشي عمل، دابا.") == {}  # "my dream was to work"


def test_to_the_first_ends_an_organizations_name():
    assert orgs("واستمعت محكمة الاستئناف لأول الشهود في الملف.") == {"محكمة الاستئناف"}


def test_a_nisba_role_right_after_a_roles_head_is_its_adjective_not_a_title():
    assert people("وهاجم النائب البرلماني رشيد حموني الحكومة.") == {"رشيد حموني": "النائب البرلماني"}
    text = "واستقبل وزير الخارجية السعودي الأمير فيصل بن فرحان الوفد."
    assert people(text) == {"فيصل بن فرحان": "وزير الخارجية السعودي"}


def test_a_name_between_commas_after_an_occupation():
    assert people("وقالت الناشطة الحقوقية، سعيدة العلمي، إن الحكم قاس.") == {"سعيدة العلمي": None}
    assert people("وقال الصحفي، بعد ذلك، إن الأمر انتهى.") == {}


def test_a_kunya_after_a_role_is_the_name_the_person_goes_by():
    text = "وأعلن الناطق العسكري باسم كتائب القسام أبو عبيدة عن عملية جديدة."
    assert people(text) == {"أبو عبيدة": "الناطق العسكري باسم كتائب القسام"}
    assert people("وقال رئيس الجماعة أبو بكر إن المشروع جاهز.") == {"أبو بكر": "رئيس الجماعة"}


def test_museums_are_facilities_and_a_union_named_by_organization():
    assert "متحف محمد السادس" in places("ونظمت المؤسسة معرضا بمتحف محمد السادس للفن الحديث.")
    assert "المنظمة الديمقراطية للشغل" in orgs("وحذرت المنظمة الديمقراطية للشغل من تدهور القدرة الشرائية.")


def test_a_common_feminine_or_plural_word_with_the_article_is_no_family_name():
    assert people("وقالت مريم المشهورة بأدوارها إن الفيلم جاهز.") == {}  # "Maryam, known for"
    assert people("وقال عمر المصابين في الحادث نقلوا للمستشفى.") == {}
    assert people("وقال المتحدث أشرف القدرة إن الوضع كارثي.") == {"أشرف القدرة": None}


def test_a_common_word_ending_the_clause_after_a_reviewed_given_name_must_be_a_family_name_too():
    assert people("كل هاد القوم عندهم قاسم مشترك: عجرفة وإفراط.") == {}  # "a common denominator"
    assert people("وقال وزير التجهيز عبد القادر عمارة، إن الطريق جاهزة.") == {"عبد القادر عمارة": "وزير التجهيز"}


def test_a_place_whose_words_are_joined_with_dashes_is_one_place():
    assert places("وفي جهة طنجة-تطوان-الحسيمة ارتفعت الحالات.") == {"جهة طنجة تطوان الحسيمة"}
    assert places("وتعرف عمالة إنزكان-أيت ملول ضغطا كبيرا.") == {"إنزكان آيت ملول"}
    assert places("وربطت الطريق الرباط - الدار البيضاء.") == {"الرباط", "الدار البيضاء"}  # two towns


def test_al_madiq_needs_a_cue_and_darija_in_is_one():
    assert places("تصفية حسابات بين عصابات التهريب بين ضفتي المضيق.") == set()  # the Strait
    assert places("اجتماعات دورية تعقد فعمالة المضيق الفنيدق.") == {"المضيق الفنيدق"}
    assert places("دابا واحد السياسي رجع داير مابغا فالمضيق، ومكيعتارف بالباشا.") == {"المضيق"}
    assert places("وقال إن الحكومة قوية، فالجديدة مثلا ستحصل على دعم.") == set()  # MSA "so": no cue


def test_a_word_with_a_pronoun_or_a_darija_verb_ends_a_facilitys_name():
    assert places("دابا مستشفى بنمسيك كشفات على حالات جديدة.") == {"مستشفى بنمسيك"}
    assert places("ونقلت الضحية إلى المستشفى الجهوي لإخضاعها للفحوصات.") == set()


def test_ba_and_a_definite_noun_ends_an_organizations_name():
    assert orgs("ورشق المحتجون الشرطة بالحجارة.") == set()
    assert orgs("وصادق مجلس جهة سوس بالإجماع على الميزانية.") == {"مجلس جهة سوس"}
    assert "الوزارة المكلفة بالانتقال الرقمي" in orgs("وأعلنت الوزارة المكلفة بالانتقال الرقمي عن برنامج.")


def test_a_rare_token_after_a_reviewed_given_name_is_the_family_name_not_a_preposition():
    text = "لكن مصادر أخرى قالت ان ارانتشا لايا، وزيرة الخارجية، تفكر في الأمر."
    assert people(text) == {"ارانتشا لايا": "وزيرة الخارجية"}
    assert set(people("وعين عبد الرزاق لعسل، سفيرا في كينيا.")) == {"عبد الرزاق لعسل"}
    assert people("ونقل محمد لأسباب صحية إلى المستشفى.") == {}  # "for health reasons"


def test_darija_other_a_verb_after_a_head_and_districts_named_houses_of_are_read_right():
    assert places("كيفمرو يمشيو لمدينة خرى أو قرية.") == set()  # Darija "another town"
    assert places("خلات عدد من أحياء العاصمة تعيش على وقع هدوء.") == set()  # "live"
    assert places("وتم توقيفه بحي ديور الجامع بالرباط.") == {"ديور الجامع", "الرباط"}


def test_a_final_g_written_as_kaf_and_the_dominican_republic():
    assert places("المقر ديالها ف”ستراسبوركَ” ربعة رؤساء، وحتى فهونك كونك.") == {"ستراسبورغ", "هونغ كونغ"}
    assert places("سائقون من المغرب والدومينيكان.") == {"المغرب", "جمهورية الدومينيكان"}


def test_the_gendarmerie_and_the_carabinieri_and_reshuffles_that_are_no_movements():
    assert orgs("وأوقف الدرك مشتبها فيه.") == {"الدرك"}
    assert orgs("وتدخلت عناصر الدرك البحري لإنقاذهم.") == {"الدرك البحري"}
    assert orgs("بقيام وحدة أمنية تابعة لمصالح “الكربنييري” بإيقافه.") == {"الكربنييري"}
    assert orgs("ونشرت الوزارة نتائج الحركة الانتقالية للأساتذة.") == set()


def test_one_rare_word_after_an_occupation_ending_the_clause_is_the_name():
    assert people("وكان صاحب الكاتب غويتسيلو، يعني بروفيل زوين.") == {"غويتسيلو": None}
    assert people("علمت كود أن الجنرال دوبريكاد، عبد الرزاق بوسيف، توصل بقرار.") == {"عبد الرزاق بوسيف": None}
    assert people("دابا واحد الداعية قاليك ” كورونا عقاب”.") == {}  # Darija "he tells you"
    assert people("تدخل الطبيب وخرجوه، واخا ما جاوه اعراض.") == {}  # "and they took him out"


def test_parliamentary_groups_and_a_countrys_mission():
    assert orgs("ووجه الفريق الاستقلالي سؤالا إلى الوزير.") == {"الفريق الاستقلالي"}
    assert orgs("وقررت البعثة الاسبانية معاقبة الأساتذة.") == {"البعثة الاسبانية"}
    assert orgs("وأكدت البعثة الأممية في ليبيا أن الحوار مستمر.") == {"البعثة الأممية"}
    assert orgs("وعادت البعثة إلى الرباط.") == set()  # "the delegation": no country, no body


def test_south_african_is_one_nationality_of_two_words():
    assert people("خلفا للمدرب الجنوب إفريقي رولاني موكوينا.") == {"رولاني موكوينا": None}
    text = "وقالت وزيرة الخارجية الجنوب أفريقية ناليدي باندور إن بلادها تدعم القرار."
    assert people(text) == {"ناليدي باندور": "وزيرة الخارجية الجنوب أفريقية"}


def test_a_bodys_remit_after_a_verbal_noun_that_takes_ba_is_part_of_its_name():
    text = "وأعلنت الوكالة الوطنية للنهوض بالتشغيل والكفاءات عن مباراة."
    assert orgs(text) == {"الوكالة الوطنية للنهوض بالتشغيل والكفاءات"}


def test_a_local_prison_is_named_and_the_bench_is_no_organization():
    assert places("وأمر قاضي التحقيق بإيداعه السجن المحلي العرجات.") == {"السجن المحلي العرجات"}
    assert places("وأمر بإيداعه السجن المحلي ومتابعته في حالة اعتقال.") == set()
    assert orgs("وقررت هيئة الحكم تأجيل الملف.") == set()


def test_a_speaker_named_by_a_given_name_alone_and_described_after_a_comma():
    assert people("وقال عبد الله، وهو تاجر في السوق، إن الأسعار ارتفعت.") == {"عبد الله": None}
    assert people("وقالت سعاد، وهي أم لثلاثة أطفال، إن المعيشة صعبة.") == {"سعاد": None}
    assert people("وقال مصدر، وهو مسؤول في الوزارة، إن القرار نهائي.") == {}


def test_more_english_given_names_and_people_known_by_one_name():
    assert people("وقررنا نحن والمؤلف براين يوركي حذف المشهد.") == {"براين يوركي": None}
    assert people("وغنت ريهانا في الحفل.") == {"ريهانا": None}
    assert people("ومن الآن فصاعدا لن نتحدث.") == {}  # "الآن" is no "آلان"


def test_darija_who_written_like_to_is_no_cue_for_a_place():
    assert places("دابا الأمهات الي كانو أكثر عرضة للإصابة.") == set()  # "who were"
    assert places("وسافر الوفد الي كانو في نيجيريا.") == {"كانو", "نيجيريا"}  # "to Kano"


def test_the_place_inside_an_events_name_is_a_place_mention_too():
    assert places("وفي مونديال روسيا تعرض المنتخب لأخطاء تحكيمية.") == {"روسيا"}
    assert places("وتأهل المنتخب إلى كأس إفريقيا للأمم.") == set()  # a continent naming a competition


def test_european_particles_gulf_houses_and_a_known_name_after_a_joiner():
    assert people("وأعلن المدرب الهولندي لويس فان غال اعتزاله.") == {"لويس فان غال": None}
    text = "وقال وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان إن بلاده تدعم المغرب."
    assert people(text) == {"عبد الله بن زايد آل نهيان": "وزير الخارجية الإماراتي"}
    assert people("وتسلمت البرلمانية حنان آيت بلحسين جائزة التميز.") == {"حنان آيت بلحسين": None}
    assert people("وقال المدرب فان الفريق جاهز.") == {}  # "فإن" written without its hamza


def test_a_countrys_representative_is_a_role():
    text = "وقال ممثل المغرب الدائم لدى الأمم المتحدة عمر هلال إن الجزائر طرف."
    assert people(text) == {"عمر هلال": "ممثل المغرب الدائم لدى الأمم المتحدة"}


def test_smaller_moroccan_places_the_press_names_alone():
    assert places("وتوجه السياح إلى أوريكا وإمليل وتاغازوت.") == {"أوريكا", "إمليل", "تاغازوت"}


def test_a_ministry_named_by_its_portfolio_alone():
    found = find_entities(None, "وقال إن المغربي سمع بقرار الداخلية مع السبعة.")
    assert [(e.text, e.canonical) for e in found if e.kind == "ORG"] == [("الداخلية", "وزارة الداخلية")]
    assert orgs("ويرفض المغرب التدخل في الشؤون الداخلية للبلدان.") == set()
    assert orgs("وقال وزير الداخلية إن الانتخابات ستجرى في موعدها.") == set()
    assert orgs("وراسلت المصالح لمصالحها الخارجية في الموضوع.") == set()


def test_a_speaker_named_by_a_given_name_with_an_age_or_a_borrowed_name():
    assert people("وتقول فاطمة (45 سنة)، وهي أم لثلاثة أطفال، إن الأسعار ارتفعت.") == {"فاطمة": None}
    assert people("وقال أحمد (اسم مستعار) إنه تعرض للابتزاز.") == {"أحمد": None}
    assert people("وقالت سعاد، ربة بيت، إن الوضع صعب.") == {"سعاد": None}
    assert people("وقال محمد (في إشارة إلى الوزير) إن الأمر محسوم.") == {}


def test_more_verbs_of_saying_introduce_a_speaker():
    assert people("وطالبت اكارمين فلوريس، من مكتب الهجرة، بفتح تحقيق.") == {"اكارمين فلوريس": None}
    assert people("وحكت خديجة، 34 عاما، معاناتها مع المرض.") == {"خديجة": None}


def test_the_people_of_a_news_item_are_introduced_like_an_occupation():
    assert people("وعثر على جثة الشابة حياة بلقاسم في البحر.") == {"حياة بلقاسم": None}
    assert people("وتوفيت الطفلة نعيمة بعد اختطافها.") == {"نعيمة": None}
    assert people("المتهم أدين ابتدائيا باغتصاب طفل.") == {}  # "was convicted"


def test_a_borne_common_word_before_reported_speech_ends_a_name_after_a_compound_given_name():
    text = "وقال المدير العام للخطوط الملكية المغربية عبد الحميد عدو إن الأسطول سيتضاعف."
    assert people(text) == {"عبد الحميد عدو": "المدير العام للخطوط الملكية المغربية"}


def test_more_competitions_are_events():
    found = find_entities(None, "وتأهل فريق نهضة بركان إلى نهائي كأس الكونفدرالية الإفريقية.")
    assert [e.text for e in found if e.kind == "EVENT"] == ["كأس الكونفدرالية الإفريقية"]
    assert "الكونفدرالية الإفريقية" not in orgs("وتأهل فريق نهضة بركان إلى نهائي كأس الكونفدرالية الإفريقية.")


def test_a_darija_word_with_his_or_they_is_no_family_name():
    assert "حياة طلقو" not in people("دابا القارب اللي كان هاز الشابة حياة طلقو عليه الرصاص.")
    assert people("لأنه كان عارف راسو غادي يمشي.") == {}  # "knew he himself"
    # a verb whose final ى Darija writes ا before "they": "تمناو" of "تمنى"
    assert people("الزملاء ديال حنان تمناو ليها عيد ميلاد سعيد.") == {}
    text = "دابا صورو النجمة وهي غادية تعشى مع راجلها الملياردير فرانسوا اونري بينو."
    assert people(text) == {"فرانسوا اونري بينو": None}


def test_a_consul_serving_in_a_city_a_club_is_named_after_and_afp():
    text = "وقال القنصل العام للمغرب في برشلونة إدريس الإدريسي إن الجالية بخير."
    assert people(text) == {"إدريس الإدريسي": "القنصل العام للمغرب في برشلونة"}
    assert places(text) == {"المغرب", "برشلونة"}
    assert orgs("وفاز برشلونة على ريال مدريد.") == {"برشلونة", "ريال مدريد"}
    assert "أ ف ب" in orgs("باريس - أ ف ب: أعلن الرئيس عن تعديل حكومي.")


def test_a_towns_centre_is_a_place_not_an_organization():
    assert places("لقيت مصرعها بأحد المنازل بمركز “تاغازوت” شمال أكادير.") == {"تاغازوت", "أكادير"}
    assert orgs("لقيت مصرعها بأحد المنازل بمركز “تاغازوت” شمال أكادير.") == set()
    assert orgs("ونظم مركز الدراسات والأبحاث ندوة.") == {"مركز الدراسات والأبحاث"}


def test_a_partys_executive_committee_alone_names_no_organization():
    assert orgs("وقررت اللجنة التنفيذية عقد اجتماع طارئ.") == set()
    assert orgs("وقررت اللجنة التنفيذية لحزب الاستقلال عقد اجتماع.") >= {"اللجنة التنفيذية لحزب الاستقلال"}


def test_a_centre_named_after_a_city_with_an_adjective_is_an_organization():
    assert "مركز فيينا الدولي" in orgs("وعقد الاجتماع في مركز فيينا الدولي.")


def test_a_given_name_the_fathers_given_name_and_the_family_name():
    text = "وأعلن وزير التربية الوطنية محمد سعد برادة عن إجراءات جديدة."
    assert people(text) == {"محمد سعد برادة": "وزير التربية الوطنية"}
    text = "وقال المدير العام لوكالة التنمية الرقمية محمد إدريس السعيدي إن الرقمنة أولوية."
    assert set(people(text)) == {"محمد إدريس السعيدي"}
    assert set(people("دابا ناهد رشاد كاتمثل واحد الشريحة.")) == {"ناهد رشاد"}  # "she represents"


def test_a_quoted_name_after_a_word_that_names_a_person():
    assert set(people("استنكر الباحث هجوم التكفيري الملقب ب”مول الفوقية” على الموقع.")) == {"مول الفوقية"}
    assert set(people("قدر رجل صيني سميتو “تشانج” وفعمرو 36 عام يقولب القانون.")) == {"تشانج"}
    assert people("المغني خرج اغنية جديدة سميتها “مشى لامور” ودار ليها كليب.") == {}  # a song's name
    # right after a name, the quoted name is that person's nickname
    text = "وسلم المسمى كيفن زولير جيرفوس، الملقب ب”عبد الله”، نفسه للشرطة."
    assert {e.text: e.canonical for e in find_entities(None, text) if e.kind == "PERSON"} == {
        "كيفن زولير جيرفوس": "كيفن زولير جيرفوس",
        "عبد الله": "كيفن زولير جيرفوس",
    }


def test_a_common_word_is_no_foreign_family_name():
    # "بيلا" (Darija "that") and "بأي" ("by any") are common words, not rare foreign names
    assert people("كشفات دراسة حديثة بيلا الأطفال الي كيتولدو عن طريق عملية مكيعانيوش.") == {}
    assert people("الموضوع خطير ولا يجب الاستهانة بيه بأي حال من الأحوال.") == {}
    assert set(people("الممثلة البريطانية إيما واتسون كملات 30 عام.")) == {"إيما واتسون"}


def test_darija_in_and_a_common_noun_is_no_family_name():
    assert people("هذ المشروع غيقدم ليهم تكوينات اللي تفتح ليهم آفاق فسوق الشغل.") == {}


def test_a_common_word_after_a_role_head_is_its_complement():
    assert people("قائد جيوش داناريس “أم التنانين” كشف السر") == {}
    assert people("وقال قائد الجيوش الفرنسية بيير دو فيلييه إن الوضع خطير.") == {
        "بيير دو فيلييه": "قائد الجيوش الفرنسية"
    }


def test_moroccan_spellings_of_places():
    found = find_entities(None, "وخسر المنتخب الوطني أمام الگابون. والمغاربة غاضبين من الدزاير ومن الشينوا.")
    assert {e.canonical for e in found if e.kind == "LOC"} == {"الغابون", "الجزائر", "الصين"}
    assert places("عمارات جميلة من فن الهندسة “ار ديكو” من ايامات فرانسا.") == {"فرنسا"}  # art déco
    assert "مديرية كازا أنفا" in orgs("لمدرسة الفرصة الثانية التابعة لمديرية كازا أنفا.")


def test_a_company_named_after_its_nationality_and_a_national_broadcaster():
    found = find_entities(None, "تم توقيع شراكة بين جمعية TIBU والشركة الأمريكية CISCO من أجل التكوين.")
    assert {e.canonical for e in found if e.kind == "ORG"} == {"جمعية TIBU", "CISCO"}
    assert orgs("واتهمو النشطاء التلفزيون الجزائري بالسرقة.") == {"التلفزيون الجزائري"}
    assert orgs("وقررت الشركة الوطنية للإذاعة والتلفزة، أمس، بث المباراة.") == {"الشركة الوطنية للإذاعة والتلفزة"}


def test_a_partys_parliamentary_group_and_youth_wing():
    assert orgs("وهو ما أثر على قرار فريق البيجيدي بمجلس النواب.") == {"فريق البيجيدي", "مجلس النواب"}
    assert orgs("خلال لقاء نظمته شبيبة البيجيدي مساء اليوم.") == {"شبيبة البيجيدي"}
    assert orgs("وأشرفت وزارة الشباب والرياضة على الدوري.") == {"وزارة الشباب والرياضة"}


def test_an_organizations_name_ends_before_and_people_of_a_sector():
    text = "كما قاد وفدا من مسؤولي وزارة الفلاحة ومهنيي القطاع لأستراليا خلال فبراير."
    assert orgs(text) == {"وزارة الفلاحة"}
    assert places(text) == {"أستراليا"}


def test_a_teams_name_ends_before_the_contest_it_prepares_for():
    assert orgs("ضمن استعدادات المنتخب الوطني للتصفيات المؤهلة إلى النهائيات.") == {"المنتخب الوطني"}
    assert orgs("وفاز المنتخب الوطني لكرة القدم بالمباراة.") == {"المنتخب الوطني لكرة القدم"}


def test_places_that_are_verbal_nouns_need_a_cue():
    assert places("وأدين من أجل جناية “ترك طفل عاجز في مكان خال”.") == set()
    assert places("الأطفال اللي تولدو بعملية قيصرية معرضين للسمنة.") == set()


def test_and_a_reviewed_given_name_and_a_known_family_name_closing_the_clause():
    assert people("الوداد سجل ثلاث أهداف بواسطة أيمن الحسوني وبديع أووك وأيوب الكعبي.") == {
        "أيمن الحسوني": None,
        "أيوب الكعبي": None,
    }
    assert people("بالأحياء الشعبية، بكل من التقدم ويعقوب المنصور، عاينت الجريدة.") == {}  # a district
    # or a rare word, then the person's nationality
    text = "وخسر زكرياء الكومبا ديالو بالنقاط، ومحمد جراية المغربي ربح حتى هو."
    assert people(text) == {"محمد جراية": None}
    assert people("وخسر زكرياء الكومبا ديالو بالنقاط، ومحمد جراية ربح حتى هو.") == {}


def test_a_quoted_name_after_a_title_or_a_role():
    text = "وقد أبدت المندوبة الحكومية “مانويلا بارالو” عن رضاها على هذا الاتفاق."
    assert people(text) == {"مانويلا بارالو": "المندوبة الحكومية"}
    assert set(people("وعجب المغنية “أمال بنت” لي اختارتو.")) == {"أمال بنت"}
    text = "ووضحات المتحدثة باسم «كَراند كانيون»، كايتلين توماس، أنهم غادين."
    assert set(people(text)) == {"كايتلين توماس"}
    assert people("الأغنية سميتها “عاهدت نفسي” ولي خرجات.") == {}
    assert people('وقال النقيب إن الراحل "أحد أعمدة المسرح".') == {}  # a phrase quoted after the title


def test_a_cup_or_prize_named_after_a_person_is_no_mention_of_them():
    assert people("في إياب ثمن نهائي كأس محمد السادس للأندية الأبطال.") == {}
    assert people("وفاز بجائزة محمد الخامس للسلام.") == {}


def test_an_outlet_quoted_after_a_word_citing_it():
    assert orgs("الطبيب قال، حسب “الصباح”، بللي النتيجة سلبية.") == {"الصباح"}
    assert orgs("وحسب ما أوردته “العمق”، فإن الوزير غاضب.") == {"العمق"}
    assert orgs("وحسب “الرباط” فالأمر عادي.") == set()  # a place


def test_plural_and_dual_area_heads_open_a_list_of_places():
    assert places("وأقل من 15 فجهات الشرق وكَلميم وسوس والعيون.") == {"الشرق", "كلميم", "سوس", "العيون"}
    assert places("بين مدينتي صفرو وفاس.") == {"صفرو", "فاس"}


def test_a_figures_last_word_after_a_bare_title():
    assert people("دبا الوزير الفردوس عندو الاستقالة.") == {"الفردوس": "الوزير"}
    assert people("وقالت للملك الحسن الثاني: لا.") == {"الحسن الثاني": "الملك"}


def test_the_official_bulletin_trade_and_a_moroccan_spelling_of_cameroon():
    assert orgs("ونشر القرار فالجريدة الرسمية.") == {"الجريدة الرسمية"}
    assert orgs("وعادت الحركة التجارية إلى المعبر.") == set()  # trade, no movement
    assert places("نهائيات كأس إفريقيا 2021 بالكامرون.") == {"الكاميرون"}


def test_another_is_no_areas_name():
    assert places("بينما هذ المعدل اختلف من جهة لأخرى.") == set()


def test_a_preposition_then_a_reviewed_given_name_and_a_known_family_name():
    assert set(people("فإشارة لمحمد الفايد بوصفه خبير فمجال التغذية.")) == {"محمد الفايد"}
    assert people("وذلك بفضل الدعم.") == {}


def test_a_foreign_family_name_that_starts_with_waw():
    text = "ورحبت ستيفاني ويليامز، المستشارة الخاصة للأمين العام، بالاتفاق."
    assert people(text) == {"ستيفاني ويليامز": "المستشارة الخاصة للأمين العام"}
    assert people("دابا القارب اللي كان هاز الشابة غادة وكتزيان عليه.") == {}  # Darija "and she …"


def test_lalla_before_a_given_name():
    assert set(people("وترأست صاحبة السمو الملكي الأميرة للا حسناء حفل تسليم الجوائز.")) == {"للا حسناء"}
    assert people("وشاركت فبرنامج لالة العروسة هاد العام.") == {}  # a show


def test_a_public_figures_name_ends_the_role_before_it():
    text = "واستقبل رئيس مجلس المستشارين النعم ميارة وفدا برلمانيا."
    assert people(text) == {"النعم ميارة": "رئيس مجلس المستشارين"}


def test_an_ambassador_named_after_the_country_and_the_city_served():
    text = "وأشاد سفير الولايات المتحدة بالرباط بونيت تالوار بالتعاون الأمني."
    assert people(text) == {"بونيت تالوار": "سفير الولايات المتحدة بالرباط"}
    assert people("وحضر سفير المغرب بباريس الحفل.") == {}


def test_one_rare_word_after_an_organizations_head_ending_the_clause():
    assert orgs("وكشف باحثون من جامعة سوينبرن، أن التدخين مضر.") == {"جامعة سوينبرن"}
    assert orgs("خاليلوزيتش مقبطش منتخب رايب، رآه دخل على مجموعة مزيانة.") == set()  # Darija "broken"


def test_a_nickname_after_an_honorific_and_darija_with_him():
    assert set(people("الشيخة الطراكس خرجات البارح في صفحتها وقالت راه كلشي كذوب.")) == {"الطراكس"}
    assert people("و كانت هاد السيدة المكناسية قد وصفت المحامي.") == {}
    assert people("كلشي فيا يهضر كحل الراس كي ندير معاه.") == {}


def test_a_very_common_definite_word_starts_no_name():
    assert people("حتى إساءات لرسول الإسلام محمد، بحيث كتب البعض.") == {}


def test_casablancas_districts_hotels_chad_and_port_au_prince():
    assert places("وقفات احتجاجية فعين الشق والحي الحسني وبن مسيك.") == {"عين الشق", "الحي الحسني", "بن مسيك"}
    assert places("ونقل إلى المستشفى الإقليمي بنمسيك.") == {"المستشفى الإقليمي بنمسيك"}
    assert places("الحفل غايكون ف اوطيل سوفيتيل فالرباط.") == {"اوطيل سوفيتيل", "الرباط"}
    assert places("بن عبد السلام تشاد مع واحد من أعضاء الجمعية.") == set()
    assert places("هربو من حبس قريب للعاصمة بور أو برنس، وماتو 25.") == {"بورت أو برنس"}


def test_a_given_name_after_a_relative():
    text = "الأمير هاري ومراتو ميگان ماركل وولدهم الصغير وصلو البارح."
    assert set(people(text)) == {"هاري", "ميگان ماركل"}
    assert set(people("وحضرت الجنازة زوجته سلمى، وأبناؤه.")) == {"سلمى"}
    assert people("وبعدما صيفطو ابتسام للحبس.") == {}
    assert people("وقال إن زوجته الثانية غادرت.") == {}


def test_a_reviewed_given_name_then_rare_words_in_standard_arabic_whatever_follows():
    text = "وتقدم البلجيكي ثورغان هازارد لدورتموند، لكن لارس ستيندل أدرك التعادل في الدقيقة 50."
    assert set(people(text)) == {"ثورغان هازارد", "لارس ستيندل"}
    assert people("وشارك ماركو فيراتي أساسيا في المباراة.") == {"ماركو فيراتي": None}
    # not in Darija, where a rare word is as often a verb, unless no frequency list has the word
    # and the given name is a foreign one
    assert people("ودابا مايا كتسكت على هادشي.") == {}
    assert people("فألمانيا العام لي فات الحزب ديال أنجيلا مريكل طلب بالتجنيد.") == {"أنجيلا مريكل": None}
    assert people("أنجيلا مابقاوش كيهضرو مع العائلة ديالها.") == {}  # Darija's negation around a verb


def test_a_word_after_a_role_set_off_by_commas_after_a_name_is_no_name():
    text = "وحيد خاليلوزيتش، مدرب المنتخب الوطني، عيط لأنس الزنيتي ورضا التكناوتي."
    assert people(text) == {
        "وحيد خاليلوزيتش": "مدرب المنتخب الوطني",
        "أنس الزنيتي": None,
        "رضا التكناوتي": None,
    }  # "عيط" is "he called"
    assert people("وقال مدرب المنتخب الوطني، خاليلوزيتش، إن الفريق جاهز.") == {"خاليلوزيتش": "مدرب المنتخب الوطني"}
    text = "فيما أكد أحمد الحوسني، الرئيس التنفيذي لفيرتيغلوب، أن الإنتاج سينطلق سنة 2028."
    assert set(people(text)) == {"أحمد الحوسني"}  # "لفيرتيغلوب" is the company, no name
    # a reviewed given name is still one
    text = "وقالت والدة الأمير هاري، الأميرة ديانا، إنها سعيدة."
    assert set(people(text)) == {"هاري", "ديانا"}


def test_a_word_the_article_names_the_person_by_ends_the_full_name():
    text = (
        "علمت الجريدة أن المدرب امحمد فاخر طلب من إدارة الفريق فلوسو كاملة. فاخر ما باغيش يمشي"
        " بالتراضي. وينتظر فاخر جوابا من الإدارة."
    )
    assert person_mentions(text) == [("امحمد فاخر", "امحمد فاخر"), ("فاخر", "امحمد فاخر"), ("فاخر", "امحمد فاخر")]
    # once is not enough: "فاخر" is ف + "آخر" too
    assert "امحمد فاخر" not in people("علمت الجريدة أن المدرب امحمد فاخر طلب من إدارة الفريق فلوسو كاملة.")


def test_one_common_word_after_a_role_is_a_name_only_when_reviewed_or_closing_the_clause():
    assert people("وشرح لينا أستاذ الاجتماعيات عوض سشرح لينا الدرس.") == {}  # "instead of"
    assert people("وشرح أستاذ الاجتماعيات عوض.") == {"عوض": "أستاذ الاجتماعيات"}
    assert set(people("ونعت الوزارة الراحل، نجل السيدة فيروز والموسيقار عاصي الرحباني.")) == {
        "فيروز",
        "عاصي الرحباني",
    }  # after an honorific, the word is the name


def test_a_princess_and_the_mother_of_is_no_relative_before_a_name():
    text = "والدة الأمير هاري، الأميرة ديانا، كانت زارت جنوب أفريقيا."
    assert people(text) == {"هاري": "الأمير", "ديانا": "الأميرة"}


def test_a_bare_government_after_a_definite_head_is_the_verbs_object():
    assert orgs("كما حملت التنسيقية الحكومة مسؤولية هدر الزمن المدرسي.") == set()
    assert orgs("وصادق المجلس الحكومي، أمس، على القرار.") == {"المجلس الحكومي"}


def test_a_rare_nisba_family_name_then_a_role_in_a_body():
    assert people("الكراوي رئيس مجلس المنافسة ف أول خروج اعلامي") == {"الكراوي": "رئيس مجلس المنافسة"}
    assert "المريكاني" not in people("هنأت بنت الرئيس المريكاني إيفانكا ترامب الحكومة.")


def test_a_common_given_name_after_a_word_that_names_a_person():
    assert people("وقال أحد السكان، ويدعى حسن، إن الماء انقطع.") == {"حسن": None}


def test_a_person_after_an_organizations_name_is_the_verbs_object():
    assert orgs("وأدانت المحكمة المتهم بخمس سنوات.") == set()
    assert orgs("وكرمت الجمعية الفنانة ثريا جبران.") == set()
    assert orgs("وأصدرت الوكالة الصحفية بيانا.") == {"الوكالة الصحفية"}


def test_latin_names_with_accented_letters():
    assert orgs("ونقلت صحيفة El País الإسبانية عن مصادر دبلوماسية أن الزيارة مؤجلة.") == {"El País"}


def test_a_rare_bare_family_name_then_a_definite_role_in_a_known_body():
    text = "عاينت الاعتداء على بودريقة الرئيس السابق للرجاء حتى طاح."
    assert people(text) == {"بودريقة": "الرئيس السابق للرجاء"}


def test_names_from_the_fifteenth_blind_set():
    assert set(people("ديال شاب ياباني سميتو “يوتا شينوهارا” ، بقى مصاحب مع أنثى.")) == {"يوتا شينوهارا"}
    assert "نور الدين عمرو" not in people("السجين السابق نور الدين عمرو 37 عام، وكيدير أعمال تطوعية.")  # his age
    assert people("ومن بين هذشي بوسطات عمرو الفايسبوك كيعتقدو أنهم.") == {}  # filled Facebook
    assert people("وممكن المانيا يكون عندها موقف مخالف، وإلى كان رد المغرب.") == {}  # "and if"
    assert set(people("وظهرات فالفيديو عارضة الأزياء، سلمى صلاح دين، مع صديقاتها.")) == {"سلمى صلاح دين"}
    assert people("الملكة ليتيسيا كانت تلاقات مع الوزيرة قبل أيام.") == {"ليتيسيا": "الملكة"}


def test_a_known_family_name_then_a_roles_head_in_construct_with_a_body():
    assert people("وقال أمسكان رئيس اللجنة التحضيرية إن المؤتمر في موعده.") == {"أمسكان": "رئيس اللجنة التحضيرية"}
    assert people("وبصفتو رئيس جمعية متعددة الفروع قال كلشي.") == {}


def test_backstage_again_youtube_and_la_liga():
    assert places("تصويرة جديدة من كواليس مسرحية لالة منانة.") == set()
    assert places("بغيت نعرف واش أنا تاني غدي نقري هاد العام.") == set()
    assert orgs("أنشأ قناته على اليوتيب.") == {"اليوتيب"}
    assert orgs("لاليگا وقفات جوج سيمانات.") == {"لاليگا"}


def test_corona_birthplace_and_traffic_are_no_places():
    assert places("مع الجايحة وكورونا فيروس توقفات عملية مرحبا.") == set()
    assert "مسقط" not in places("زارو سرا لوس أنجلوس، مسقط رأس ميگان.")
    assert "الجولان" not in places("شرطيتين ينتميان لفرقة السير والجولان بولاية أمن فاس.")
    assert places("في عدد من المدن المغربية، كمراكش والبيضاء وفاس.") >= {"مراكش", "فاس"}


def test_darija_and_mr_and_alone_start_or_end_no_name():
    text = "نايضة قضية ضد القناة لي مادارتش الرقابة على المغني وخلاتو داوي بكلاخو، ومطلوب دابا."
    assert people(text) == {}
    assert people("اعداء النجاح مغاديش يحاربوه. انا نجاح اسي الميلودي؟") == {}
    assert people("بسباب النقص الكبير، المغرب بقى لاعب بوحدو فصادرات الخضراوات.") == {}


def test_a_star_and_kim():
    text = "نجمة تليفزيون الواقع كيم كارداشيان كتخلص فريق طبي سري."
    assert people(text) == {"كيم كارداشيان": "نجمة تليفزيون الواقع"}
    assert people("والمسلسل كَيم أوف ثرونز عصب المعجبين.") == {}


def test_a_name_after_an_occupation_ends_at_a_verb_of_saying_or_a_figure():
    assert people("والممثل دواين جونسون قال إن الفيلم ناجح.") == {"دواين جونسون": None}
    assert people("والرتبة الخامسة فيها الممثل دواين جونسون ب141 مليون متابع.") == {"دواين جونسون": None}
    assert people("وفي البلاصة 8 المغنية بيونسي بـ127 مليون متابع.") == {"بيونسي": None}


def test_two_rare_words_between_commas_before_a_verb_of_saying():
    text = "رئيس الحكومة الاندلسية المنتمي للحزب الشعبي والمدعوم من بوكس، خوانما مورينو، قال أن الجهة متضررة."
    assert set(people(text)) == {"خوانما مورينو"}
    assert places(text) == set()  # Moreno, a city of Argentina, is a surname first
    assert "مورنو" in places("ووصل الوفد إلى مورينو في الأرجنتين.")  # with a cue: GeoNames spells it so


def test_no_place_name_after_a_head_that_starts_a_phrase():
    assert places("كانوا يشربون بغابة كتجاور دوار أغرود بضواحي أكادير") == {"أغرود", "أكادير"}
    assert places("شدوه مني كان راجع من منطقة كتامة.") == {"كتامة"}
    assert places("المحاور اللي كتدي لمنطقة إغيل نومكون وقلعة مكونة.") == {"إغيل نومكون", "قلعة مكونة"}


def test_a_facility_inside_a_facilitys_name_and_a_preposition_typed_apart():
    assert places("الماتش بملعب المجمع الرياضي الأمير مولاي عبد الله في الرباط.") == {
        "ملعب المجمع الرياضي الأمير مولاي عبد الله",
        "الرباط",
    }
    assert people("المجمع الرياضي الأمير مولاي عبد الله بالرباط (الساعة الثالثة زوالا)") == {}
    assert orgs("وقفات رئيس لجنة تصريف الأعمال ف النادي المكناسي") == {"لجنة تصريف الأعمال", "النادي المكناسي"}


def test_darija_of_before_the_article_and_spellings_of_paris_and_houston():
    assert orgs("بعد انتخابو فالمؤتمر الاستثنائي دالحزب المغربي الحر، اللي مازال نايض عليه الصداع") == {
        "الحزب المغربي الحر"
    }
    assert places("طيارة من مطار محمد الخامس الدولي فكازا لباريز، ومازال كاينة رحلة.") >= {"باريس"}
    assert places("الاخصائية فالعلاج المقيمة فهوستن بولاية تكساس.") == {"هيوستن", "تكساس"}
    assert places("مابقى لا جنس لا بوسان لا والو") == set()
    assert places("اعتقال جوج دالصبليون كانو مهربين عرام دلحشيش") == set()


def test_a_foreign_family_name_that_is_a_city_closes_a_name_after_a_nationality():
    text = "لي جسد البطل هو الممثل المريكاني خواكين فينيكس، والنقاد وصفو الأداء ديالو بالعبقري."
    assert people(text) == {"خواكين فينيكس": None}
    assert places(text) == set()


def test_a_figure_written_with_the_moroccan_g_and_gulf_and_ben_names():
    assert set(people("ترجع نصف المغاربة الحاصلين في بلاد أردوگان وخلات النصف الآخر")) == {"أردوگان"}
    assert set(people("وقال تركي آل الشيخ إن الموسم انطلق.")) == {"تركي آل الشيخ"}
    assert set(people("عندهم بحال بن الدرقاوي اللي كان گارديان وولى من ملايرية مراكش.")) == {"بن الدرقاوي"}
    assert people("ومشا لمدينة بن سليمان") == {}
    assert set(people("وقال محمد بن الدرقاوي إن المشروع تأخر.")) == {"محمد بن الدرقاوي"}


def test_and_a_plural_of_a_head_ends_an_organizations_name_and_a_song_is_no_club():
    assert orgs("وتتبع النصائح ديال المختصين ومنظمة الصحة والوزارات والابتعاد عن الاشاعات") == {"منظمة الصحة"}
    assert orgs("وطلق أغنية جديدة بعنوان “نادي يا الله” وحطها فقناتو") == set()
    assert orgs("من بعد دوزوها بوليس “ويست ميدلاندز” للمحكمة.") == {"ويست ميدلاندز"}


def test_the_darija_article_written_lam_alone_before_a_place():
    assert places("هاد الشي غير لبرازيل بوحدها سجلات ديال الحالات") == {"البرازيل"}
    # only places: "لمحمد" is "to Mohammed", not a name with the article
    assert set(people("كيفاش لكلان دالماجيدي السكرتير الخاص لمحمد السادس كيزدهر")) == {"محمد السادس"}


def test_and_a_verb_before_a_role_is_no_family_name_and_an_international_referee():
    text = "وأشادت المديرة العامة لصندوق النقد الدولي، كريستالينا غورغييفا، بصمود الاقتصاد المغربي."
    assert people(text) == {"كريستالينا غورغييفا": "المديرة العامة لصندوق النقد الدولي"}
    # the referee is found (his family name, also "good", is left out: a known limit)
    assert any(name.startswith("رضوان") for name in people("وقاد الحكم الدولي رضوان جيد المباراة."))


def test_a_verb_in_the_past_the_darija_article_and_here_are_no_family_names():
    assert people("ليلى شاركت مع المتتبعين ديالها فيديوهات من حفلة") == {}
    assert people("هاد الشي قلق دزايريين وهاد الشي فرح لمغاربة اللي كيقولو هاد الشي من زمان.") == {}
    assert people("واش حيت داكشي ديال هنا بدون مستوى أو غير حيت هنا لايق للتصاور") == {}
    text = "سفير فجمهورية كينيا عبد الرزاق لعسل، وهاد الشي ديال السفراء"  # after a sure given name, a name
    assert set(people(text)) == {"عبد الرزاق لعسل"}


def test_a_given_name_alone_after_a_relative():
    text = "نشرت المغنية كوثر براني تصويرة ديالها مع بنتها سيليا على صفحتها في انستكَرام"
    assert set(people(text)) == {"كوثر براني", "سيليا"}
    assert people("الأصل هو الراجل ومراتو يگلسو مع بعضياتهم باش يستمتعو") == {}


def test_where_an_organizations_name_ends_in_darija_and_what_it_holds():
    assert orgs("وحتى المجلس الوطني صاحب الاختصاص، عطاهم فالدورة الاخيرة") == {"المجلس الوطني"}
    assert orgs("علاش غادي نجيبو البراني، وجاب شركة طيران العربية ونخليو الخطوط الملكية") == {
        "شركة طيران العربية",
        "الخطوط الملكية",
    }
    assert orgs("وصادق مجلس جهة الشرق على الميزانية") == {"مجلس جهة الشرق"}
    assert orgs("الأساتذة في مركز قرية با محمد، التابع لإقليم تاونات") == set()


def test_a_quoted_facility_keeps_its_head_so_a_clubs_name_inside_is_no_club():
    text = "قبيل بدء حصة تدريبية بملعب “اسيك ميموزا” بابيدجان"
    found = kinds(text)
    assert ("LOC", "اسيك ميموزا") in found
    assert not any(kind == "ORG" for kind, _name in found)
    # the span holds the head, so it outranks the club's name (a known organization) inside it
    stadium = next(e for e in find_entities(None, text) if e.canonical == "اسيك ميموزا")
    assert stadium.text == "ملعب “اسيك ميموزا”"


def test_a_foreign_family_name_alone_after_a_role_ending_with_a_nationality():
    text = "تحت رعاية المبعوث الأممي الألماني كولر، كانت المائدة المستديرة"
    assert people(text) == {"كولر": "المبعوث الأممي الألماني"}


def test_good_in_darija_ends_a_name_but_not_a_middle_name():
    assert people("المغربي باغي يعيش مزيان بكرامة ! ياكل ! ولادو يقراو بمستوى مزيان") == {}
    text = "وحسب ما قال عبد الكريم مزيان بلفقيه، هاد الشي ديال اللقاح مزيان."
    assert set(people(text)) == {"عبد الكريم مزيان بلفقيه"}


def test_more_clubs_the_moroccan_press_follows():
    text = "فاز فياريال على أوساسونا، بينما تعادل سبورتينغ لشبونة مع سلافيا براغ"
    assert orgs(text) == {"فياريال", "أوساسونا", "سبورتينغ لشبونة", "سلافيا براغ"}
    assert places(text) == set()  # Lisbon and Prague are the clubs' here


def test_a_rare_nisba_closes_a_name_and_the_moroccan_g_in_reviewed_given_names():
    text = "حاربو ناس كفأة بحال شفيقة الهبطي وخلقو مشاكل داخلية فالوزارة."
    assert set(people(text)) == {"شفيقة الهبطي"}
    text = "عمدة الخزيرات خوسي اگناسيو لاندالوس تصدم بقرار المغرب."
    assert people(text) == {"خوسي اگناسيو لاندالوس": "عمدة الخزيرات"}
    assert people("المهم سي الغلوضي اللّي المعروف عليه معندوش مع") == {}  # "Si", a title


def test_a_nationality_as_a_noun_then_a_foreign_given_name():
    text = "إلا أنه أقبل من مهامه وعوضو الفرنسي باتريس كارتيرون، اللي توج مع الفريق."
    assert set(people(text)) == {"باتريس كارتيرون"}
    assert people("وقال المنتخب الفرنسي باريس كان صعيب.") == {}  # a noun the nationality qualifies


def test_an_areas_head_read_as_a_common_noun_and_names_that_need_a_cue():
    assert places("قرر أساتذة جامعة الأخوين بمدينة إفران مقاطعة الدراسة، ورفع ملف مطلبي.") == {"إفران"}
    assert places("المغرب طلع كلو حنين ومحن من جهة الحب، وناض كولشي") == {"المغرب"}
    assert places("تايتعلق تعلق شديد بشي فرد أو جماعة والجرائم، يلا دارها") == set()
    assert places("يسعى في الأرض فرحا ومرحا وتمارة وتكرفيص باش يجيب طرف ديال الخبز") == set()
    assert places("وسجلات جهة الرباط القنيطرة 22 حالة") == {"جهة الرباط سلا القنيطرة"}
    assert places("اليوم، جهة الشمال سجلات أرقام مرتفعة") == {"الشمال"}


def test_a_person_noun_in_construct_stays_in_an_organizations_name_and_a_state_needs_no_cue():
    assert orgs("وترأست الأميرة حفل تقديم التقرير السنوي للمرصد الوطني لحقوق الطفل.") == {"للمرصد الوطني لحقوق الطفل"}
    assert places("واستقبل رئيس الحكومة، بالرباط، رئيس وزراء جمهورية مالي.") == {"الرباط", "مالي"}


def test_a_quoted_foreign_name_after_a_nationality_and_a_name_after_a_sister():
    assert set(people("نشر اللاعب البرازيلي “مارسيلو” رسالة طويلة على حسابو")) == {"مارسيلو"}
    assert people("نشر اللاعب البرازيلي “الرسالة” على حسابو") == {}
    text = "قاضي التحقيق قرر متابعتها فحالة سراح مع ختها ابتسام بكفالة 40 مليون سنتيم"
    assert set(people(text)) == {"ابتسام"}


def test_companies_quoted_after_a_plural_head_and_more_places():
    assert "ديرشبورغ" in orgs("الطاروات الكبار، اللي جابتهم شركات “ديرشبورغ” و”أفيردا”، توزعو")
    text = "و الدار د البحر فطاماريس و كايدوزو ليفاكونص فماربيا و لكن"
    assert places(text) == {"طماريس", "ماربيا"}


def test_a_family_name_that_is_a_namesake_city_after_a_sure_given_name():
    text = "قال كريم الاحمدي لاعب المنتخب المغربي لكرة القدم اليوم الخميس"
    assert set(people(text)) == {"كريم الاحمدي"}
    assert places(text) == set()


def test_mister_after_the_king_starts_another_person():
    text = "وقد عين جلالة الملك السيد محمد عبد النباوي رئيسا أول لمحكمة النقض."
    assert people(text).get("محمد عبد النباوي") not in ("الملك", "الملك السيد")
    assert people("وقال وزير الداخلية السيد عبد الوافي لفتيت إن الوضع مستقر.") == {"عبد الوافي لفتيت": "وزير الداخلية"}


def test_a_known_nisba_third_name_before_what_the_person_said():
    text = "وقال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد ترفض التدخلات"
    assert people(text) == {"محمد شياع السوداني": "رئيس الوزراء العراقي"}


def test_a_definite_family_name_that_is_a_province():
    text = "وقد تم تعيين السيدة زكية الدريوش كاتبة للدولة مكلفة بالصيد البحري."
    assert set(people(text)) == {"زكية الدريوش"}
    assert places(text) == set()


def test_what_a_person_said_after_the_preposition_of_its_verb():
    text = "وأشار المحلل السياسي الفلسطيني هاني المصري إلى أن الانقسام يضعف الموقف."
    assert set(people(text)) == {"هاني المصري"}
    assert set(people("وشدد الخبير الاقتصادي محمد الشرقي على أن الحكومة مطالبة بالتدخل.")) == {"محمد الشرقي"}


def test_a_common_noun_after_a_sure_given_name_before_what_the_person_said():
    text = "وقال رئيس الوزراء اللبناني نواف سلام إن الحكومة ماضية في الإصلاحات."
    assert people(text) == {"نواف سلام": "رئيس الوزراء اللبناني"}
    assert people("من بعد خداو وسام ملكي. ومشاو") == {}


def test_a_brand_after_a_companys_head_a_presidency_and_the_worlds_fair():
    assert orgs("وقررت شركة رونو توسيع مصنعها بطنجة.") == {"رونو"}
    assert orgs("وأعلنت مجموعة أكديطال عن افتتاح مستشفى جديد.") == {"أكديطال"}
    assert orgs("وقالت شركة ميتا المالكة لفيسبوك إنها حذفت حسابات.") == {"شركة ميتا", "فيسبوك"}
    assert orgs("وأعلنت الرئاسة الجزائرية أن الرئيس سيزور روما.") == {"الرئاسة الجزائرية"}
    assert orgs("وأعلنت الرئاسة أن الرئيس سيزور روما.") == set()
    assert ("EVENT", "معرض إكسبو 2030") in kinds("وتستضيف السعودية معرض إكسبو 2030 في الرياض.")


def test_a_reviewed_foreign_given_name_and_a_rare_word_then_the_verbs_object():
    assert set(people("وأدلى فريدريش ميرتس بتصريحات حول الهجرة.")) == {"فريدريش ميرتس"}
    assert set(people("وكشف جيروم باول عن خفض أسعار الفائدة.")) == {"جيروم باول"}  # a figure
    assert people("وهاجم إيلون ماسك الحكومة البريطانية.") == {"إيلون ماسك": None}


def test_a_cause_ends_an_organizations_name_and_chairing_is_no_presidency():
    assert orgs("وغادر كيليان مبابي معسكر المنتخب الفرنسي بسبب الإصابة.") == {"المنتخب الفرنسي"}
    assert orgs("وتولى القاضي محمد الطويل رئاسة الجلسة.") == set()


def test_heights_a_minaret_and_a_kasbah_and_a_border_crossings_kind():
    assert places("وسقطت صواريخ على مرتفعات الجولان المحتلة.") == {"الجولان"}
    assert places("وزار الوفد صومعة حسان وقصبة الأوداية.") == {"صومعة حسان", "قصبة الأوداية"}
    assert places("وأغلقت السلطات معبر رأس جدير الحدودي.") == {"معبر رأس جدير"}


def test_a_bare_noun_after_a_roles_definite_words_is_the_verbs_object():
    text = "وأكد الفريق أول عبد المجيد صقر وزير الدفاع جاهزية القوات المسلحة."
    assert people(text) == {"عبد المجيد صقر": "وزير الدفاع"}
    text = "وأكد معالي الدكتور عبد اللطيف الزياني وزير الخارجية البحريني أهمية التعاون."
    assert people(text) == {"عبد اللطيف الزياني": "وزير الخارجية البحريني"}
    text = "ويتعلق الأمر بالمراقب العام فؤاد الغلوضي، نائب والي أمن المدينة، الذي"
    assert people(text) == {"فؤاد الغلوضي": "نائب والي أمن المدينة"}


def test_a_common_family_name_before_a_role_in_apposition():
    text = "وأعلن اللواء محمود توفيق وزير الداخلية عن خطة أمنية جديدة."
    assert people(text) == {"محمود توفيق": "وزير الداخلية"}


def test_a_definite_noun_after_a_remit_and_its_adjective_is_the_verbs_object():
    text = "وأحالت الفرقة الوطنية للشرطة القضائية الملف على قاضي التحقيق."
    assert orgs(text) == {"الفرقة الوطنية للشرطة القضائية"}
    text = "وصادق المجلس الإداري للمكتب الوطني للسكك الحديدية على الميزانية."
    assert orgs(text) == {"المجلس الإداري للمكتب الوطني للسكك الحديدية"}


def test_a_city_with_a_masculine_nationality_is_its_club():
    text = "وانتقل اللاعب إلى إشبيلية الإسباني قادما من مارسيليا الفرنسي."
    assert orgs(text) == {"إشبيلية الإسباني", "مارسيليا الفرنسي"}
    assert places(text) == set()
    assert places("وزار الوفد مدينة مرسيليا الفرنسية.") == {"مرسيليا"}
    assert orgs("وذكرت تقارير أن فريق ريال مدريد الإسباني تراجع.") == {"ريال مدريد"}


def test_a_name_after_an_occupation_ends_at_a_place_and_one_foreign_word_between_commas():
    assert set(people("وحل المغني الأمريكي كريس براون بمراكش لإحياء حفل فني.")) == {"كريس براون"}
    text = "وصرح مدرب الوداد الرياضي، موكوينا، بأن الفريق سيعود بقوة."
    assert people(text) == {"موكوينا": "مدرب الوداد الرياضي"}


def test_headed_by_and_a_family_name_after_two_reviewed_given_names():
    assert set(people("واستقبل حموشي وفدا من مكتب التحقيقات الفيدرالي برئاسة كاش باتيل.")) >= {"كاش باتيل"}
    text = "وحل بالرباط رئيس جهاز الأمن الداخلي الإسباني، السيد خوان مانويل رومان، في زيارة عمل."
    assert people(text) == {"خوان مانويل رومان": "رئيس جهاز الأمن الداخلي الإسباني"}


def test_a_rank_between_a_role_and_the_name_but_not_another_occupation():
    text = "وتباحث حموشي مع نظيره الإماراتي اللواء محمد أحمد المري حول سبل تعزيز التعاون."
    assert people(text)["محمد أحمد المري"] == "نظيره الإماراتي"
    text = "بعدما خدا فوزي لقجع، رئيس الجامعة ونهضة بركان اللاعب سفيان كركاش صحة من رئيس الوداد"
    assert people(text).get("سفيان كركاش") is None


def test_finding_entities_keeps_no_text_alive():
    """A cache keyed on the text being read would keep every article in memory over a run."""
    import gc

    from transforms.entities import _Text

    find_entities(None, "وأدلى فريدريش ميرتس بتصريحات حول الهجرة.")
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, _Text)]


def test_a_name_before_a_figure_and_the_thousands_separator_typed_as_a_comma():
    text = "في الرتبة 6 كاينة كيم كاردشيان بـ136 مليون متابع، ديال الصور."
    assert set(people(text)) == {"كيم كاردشيان"}
    text = "ناضت اختارت غير بسيمة حقاوي٬ وزيرة الأسرة والتضامن٬ باش تدير هادشي"
    assert people(text) == {"بسيمة حقاوي": "وزيرة الأسرة والتضامن"}
    text = "وقال الكاتب الأول لحزب الاتحاد الاشتراكي٬ سولنا بنكيران على واش بان شي ضوء."
    assert "سولنا بنكيران" not in people(text)


def test_a_partys_candidate_is_a_role():
    text = "وفاز مرشح حزب التجمع الوطني للأحرار ميمون أزناي بالمقعد البرلماني."
    assert people(text) == {"ميمون أزناي": "مرشح حزب التجمع الوطني للأحرار"}


def test_a_title_that_is_a_given_name_after_an_occupation():
    assert set(people("وأصدرت الكاتبة التونسية أميرة غنيم رواية جديدة.")) == {"أميرة غنيم"}
    assert set(people("المخرج أمير رواني دار ليه نفس الإخراج.")) == {"أمير رواني"}
    text = "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس."
    assert people(text) == {"تميم بن حمد آل ثاني": "أمير قطر"}


def test_a_foreign_speaker_before_the_verbs_object_or_alone_before_what_was_said():
    assert set(people("وأعلن تشاك شومر رفضه للمشروع.")) == {"تشاك شومر"}
    assert set(people("وشدد أوليسيغون أوباسانجو على أهمية الوحدة الإفريقية.")) == {"أوليسيغون أوباسانجو"}
    assert set(people("وقال رامافوزا إن بلاده ستستضيف القمة.")) == {"رامافوزا"}
    assert people("وقال مصدر إن الاجتماع تأجل.") == {}


def test_a_regions_government_and_more_united_nations_bodies():
    assert orgs("وقالت حكومة إقليم كردستان إنها سترسل الرواتب.") == {"حكومة إقليم كردستان"}
    assert orgs("وحذر برنامج الأغذية العالمي من مجاعة وشيكة.") == {"برنامج الأغذية العالمي"}


def test_names_and_roles_are_listed_without_vowel_marks():
    found = [
        e for e in find_entities(None, "وقال وزيرُ الخارجيةِ ناصرُ بوريطة إنّ المغربَ يدعمُ الحلَّ.") if e.kind == "PERSON"
    ]
    assert [(e.text, e.canonical, e.role) for e in found] == [("ناصرُ بوريطة", "ناصر بوريطة", "وزير الخارجية")]


def test_if_in_darija_starts_no_name():
    text = "كشفات دراسة ميريكانية جديدة أن الواحد إيلا فاق قبل من الموعد ديالو بساعة كايقلل من خطر الإصابة"
    assert people(text) == {}
    assert set(people("وقالت إيلا فيتزجيرالد إن الموسيقى حياتها.")) == {"إيلا فيتزجيرالد"}


def test_a_darija_to_you_is_no_reading_of_a_foreign_name_in_standard_arabic():
    text = "وأشاد مدرب برشلونة هانزي فليك بأداء لامين يامال."
    assert people(text)["هانزي فليك"] == "مدرب برشلونة"


def test_the_governor_with_the_article_is_a_role():
    text = "وترأس الاجتماع كل من الوالي محمد امهيدية والعامل عبد الحق الحوات."
    assert people(text)["محمد امهيدية"] == "الوالي"


def test_a_speaker_after_a_verb_of_saying_in_the_present():
    assert set(people('وتضيف خديجة، وهي أم لطفلين: "لم نتوصل بأي دعم".')) == {"خديجة"}
    assert set(people("ويروي عبد الله، 54 سنة، أن الفيضانات جرفت منزله.")) == {"عبد الله"}


def test_a_foreign_ministry_by_its_portfolio_and_the_region_a_bank_serves():
    assert orgs("وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن الوسطاء يعملون.") == {"الخارجية القطرية"}
    text = "وقال المدير الإقليمي للبنك الدولي لمنطقة المغرب العربي ومالطا إن الإصلاحات بدأت."
    assert orgs(text) == {"للبنك الدولي"}  # as written, both lams kept
    assert places(text) == {"المغرب العربي", "مالطا"}
    assert orgs("وطالبت الهيئة الحقوقية وزارة العدل بفتح تحقيق.") == {"وزارة العدل"}


def test_a_cemetery_and_the_royal_palace_where_it_is_a_place():
    assert places("وسيوارى جثمان الراحل الثرى بمقبرة الشهداء بالدار البيضاء.") == {"مقبرة الشهداء", "الدار البيضاء"}
    assert places("استقبل الملك محمد السادس، بالقصر الملكي بالرباط، الولاة.") == {"القصر الملكي", "الرباط"}
    assert places("وقال الناطق الرسمي باسم القصر الملكي إنه لا يعلم.") == set()


def test_more_people_after_titles_and_roles():
    text = "وهكذا عين جلالته السيد خطيب الهبيل واليا على جهة الدار البيضاء سطات."
    assert set(people(text)) == {"خطيب الهبيل"}
    text = "أوقفت السلطات الجزائرية الصحفي إحسان القاضي بمقر عمله في العاصمة."
    assert set(people(text)) == {"إحسان القاضي"}
    text = "وقالت رئيسة بعثة الصندوق إلى تونس، ستيفانيا فابريزيو، إن الحكومة مطالبة بالإصلاح."
    assert people(text) == {"ستيفانيا فابريزيو": "رئيسة بعثة الصندوق إلى تونس"}
    text = "وسجل هدفي الوداد كل من المهاجم سيفيليز ماكولي واللاعب أيوب العملود."
    assert set(people(text)) == {"سيفيليز ماكولي", "أيوب العملود"}


def test_a_definite_head_alone_then_its_remit_names_no_body():
    text = "وأكد البديوي دعم دول المجلس للوحدة الترابية للمغرب."
    assert orgs(text) == set()
    assert places(text) == {"المغرب"}
    text = "وطالبت الجبهة الوطنية لإنقاذ المصفاة المغربية للبترول الحكومة بالتدخل."
    assert orgs(text) == {"الجبهة الوطنية لإنقاذ المصفاة المغربية للبترول"}
    assert orgs("وصادقت الأمانة العامة للحكومة على المشروع.") == {"الأمانة العامة للحكومة"}


def test_more_names_after_roles():
    text = "حل الرئيس الكيني وليام روتو، مساء الأحد، بالعاصمة الرباط."
    assert people(text) == {"وليام روتو": "الرئيس الكيني"}
    text = "وقالت المتحدثة باسم البيت الأبيض كارين جان بيير إن واشنطن ملتزمة بأمن الأردن."
    assert people(text) == {"كارين جان بيير": "المتحدثة باسم البيت الأبيض"}


def test_a_town_that_is_a_family_name_too_needs_a_cue():
    assert places("ونقل المصابون إلى مستشفى القرب بالعروي.") >= {"العروي"}
    text = "وقال المفكر عبد الله العروي إن الدولة ضرورية. وأكد العروي أن التاريخ لا يعيد نفسه."
    assert places(text) == set()


def test_three_part_names_with_a_rare_or_second_nisba():
    text = "وأكد الأمين العام للمجلس جاسم محمد البديوي دعم دول المجلس."
    assert people(text) == {"جاسم محمد البديوي": "الأمين العام للمجلس"}
    assert set(people("وعين السيد فؤاد عارف مديرا عاما، خلفا لخليل الهاشمي الإدريسي.")) >= {"خليل الهاشمي الإدريسي"}
    assert set(people("وقال محمد الإدريسي المغربي إن الأمر محسوم.")) == {"محمد الإدريسي"}


def test_a_colleague_then_a_foreign_name_then_the_verbs_object():
    assert set(people("وسجل ميسي هدفين، فيما أضاف زميله لويس سواريز الهدف الثالث.")) == {"ميسي", "لويس سواريز"}


def test_the_star_as_a_title_and_a_given_name_that_is_a_word_in_a_bodys_name():
    assert set(people("ودع النجم الإسباني رافاييل نادال ملاعب التنس.")) == {"رافاييل نادال"}
    assert orgs("ووجه الاتحاد الدولي للتنس تحية للبطل الذي توج بـ22 لقبا.") == {"الاتحاد الدولي للتنس"}
    assert orgs("وأعلنت مؤسسة محمد السادس للتضامن عن حملة.") == {"مؤسسة محمد السادس للتضامن"}


def test_a_court_chambers_remit_is_part_of_its_name():
    text = "شرعت غرفة الجنايات الابتدائية المكلفة بجرائم الأموال بمحكمة الاستئناف بفاس في محاكمة مسؤولين."
    assert "غرفة الجنايات الابتدائية المكلفة بجرائم الأموال" in orgs(text)
    assert orgs("وقالت الشركة المكلفة بتصوير الفيلم إن العمل انتهى.") == set()


def test_a_third_name_before_another_persons_role_or_after_a_rare_second_word():
    text = "وحضر اللقاء رئيس المفوضية محمود علي يوسف ورئيس غانا جون ماهاما."
    assert people(text) == {"محمود علي يوسف": "رئيس المفوضية", "جون ماهاما": "رئيس غانا"}
    text = "واستقبلت رئيسة تنزانيا سامية صولوحو حسن، أمس، وفدا مغربيا."
    assert people(text) == {"سامية صولوحو حسن": "رئيسة تنزانيا"}


def test_foreign_words_after_a_role_then_a_stopword():
    assert people("وكان رئيس البنك أجاي بانغا قد دعا إلى إصلاح النظام.") == {"أجاي بانغا": "رئيس البنك"}
    assert people("وكان رئيس البنك المغربي قد دعا إلى الإصلاح.") == {}


def test_un_agencies_by_their_full_names_and_the_national_human_development_initiative():
    text = "ودعت منظمة الأمم المتحدة للطفولة إلى حماية الأطفال."
    assert [(e.text, e.canonical) for e in find_entities(None, text)] == [("منظمة الأمم المتحدة للطفولة", "اليونيسف")]
    text = "وأدرجت منظمة الأمم المتحدة للتربية والعلوم والثقافة الموقع في قائمتها."
    assert orgs(text) == {"منظمة الأمم المتحدة للتربية والعلوم والثقافة"}
    assert orgs("وموّلت المبادرة الوطنية للتنمية البشرية المشروع.") == {"المبادرة الوطنية للتنمية البشرية"}
    text = "وانتقلت الوزارات إلى العاصمة الإدارية الجديدة شرق القاهرة."
    assert places(text) == {"العاصمة الإدارية الجديدة", "القاهرة"}


def test_a_ministers_portfolio_is_no_ministry_and_a_partys_standing_is_not_its_name():
    assert orgs("واحتفظ الوزير بحقيبة الخارجية في الحكومة الجديدة.") == set()
    assert orgs("وقال متحدث باسم الخارجية إن الوفد وصل.") == {"الخارجية"}
    assert orgs("وفاز حزب الإنصاف الحاكم بأغلب المقاعد.") == {"حزب الإنصاف"}


def test_a_compass_point_after_an_areas_head_and_plants_and_reactors():
    assert places("ونزح الآلاف من ولاية جنوب دارفور.") == {"جنوب دارفور"}
    assert places("وقصف الطيران جنوب لبنان.") == {"لبنان"}
    assert places("وطالبت الوكالة بزيارة منشأة فوردو.") == {"منشأة فوردو"}


def test_a_noun_with_his_is_no_town_and_an_only_working_hospital_no_name():
    assert places("وقال المدرب إن الفريق لم يضمن بعد تأهله.") == set()
    assert places("وعاد إلى مدينة تاهلة.") == {"تاهلة"}
    assert places("وتعرض المستشفى الوحيد العامل في المدينة للقصف.") == set()


def test_a_dateline_and_a_list_after_a_place_with_a_preposition_are_cues():
    body = "طرابلس - أعلنت الحكومة عن خطة جديدة."
    assert {e.canonical for e in find_entities("خطة جديدة", body) if e.kind == "LOC"} == {"طرابلس"}
    assert places("وأعلنت الحكومة طرابلس - خطة.") == set()
    assert places("وتقام الحفلات بالرباط وسلا.") == {"الرباط", "سلا"}


def test_a_preposition_and_a_known_place_is_no_name_and_arab_armies_ranks():
    assert places("ووصل الوفد بأديس أبابا، أمس.") == {"أديس أبابا"}
    assert people("ووصل الوفد بأديس أبابا، أمس.") == {}
    assert places("وعبر المهاجرون بحر المانش.") == {"بحر المانش"}
    text = "واستقبل القائد العام للجيش المشير خليفة حفتر وفدا أمريكيا."
    assert people(text) == {"خليفة حفتر": "القائد العام للجيش"}


def test_more_bodies_in_arab_news_and_a_saudi_league():
    assert orgs("وجاء في بيان لرئاسة الجمهورية أن اللقاء تناول الهجرة.") == {"رئاسة الجمهورية"}
    assert orgs("ورفضت حكومة الوحدة الوطنية القرار.") == {"حكومة الوحدة الوطنية"}
    assert orgs("وتوج بلقب أفضل حارس في دوري روشن السعودي.") == {"دوري روشن السعودي"}


def test_foreign_words_after_a_role_then_a_definite_object_and_no_name_inside_a_role():
    text = "ودعت المفوضة الأوروبية دوبرافكا شويتسا الحكومات إلى التعاون."
    assert people(text) == {"دوبرافكا شويتسا": "المفوضة الأوروبية"}
    text = "وقال المتحدث باسمه ديمتري بيسكوف إن موسكو لم تتلق أي مقترح."
    assert people(text) == {"ديمتري بيسكوف": "المتحدث باسمه"}


def test_a_rank_in_a_table_is_no_body_but_a_numbered_chamber_is():
    assert orgs("وارتقى الفريق إلى المركز الثالث برصيد 30 نقطة.") == set()
    assert orgs("وقال رئيس الغرفة الثانية إن القانون سيعرض للتصويت.") == {"الغرفة الثانية"}


def test_two_foreign_words_after_an_areas_head_in_standard_arabic():
    assert places("وأطلق الصاروخ من ولاية أندرا براديش.") == {"أندرا براديش"}
    assert places("وعاد إلى مدينة طنجة أمس.") == {"طنجة"}


def test_hakimi_alone_is_the_player():
    assert people("وسجل حكيمي الهدف الثاني في الدقيقة 78.") == {"حكيمي": None}


def test_more_family_names_closing_a_name_and_a_verb_after_a_roles_place():
    text = "وأكد الرئيس اللبناني جوزاف عون، في كلمة، أن الدولة ماضية في الإصلاح."
    assert people(text) == {"جوزاف عون": "الرئيس اللبناني"}
    assert people("والي جهة طنجة يترأس اجتماعا لتتبع المشاريع") == {}
    assert set(people("وفازت الروائية المصرية منصورة عز الدين بالجائزة.")) == {"منصورة عز الدين"}
    text = "ووقع الاتفاق الرئيس التنفيذي للشركة جاسم حسين ثابت، بحضور الوزيرة."
    assert people(text) == {"جاسم حسين ثابت": "الرئيس التنفيذي للشركة"}


def test_a_companys_nationality_is_not_its_name_and_a_jury_is_no_body():
    text = "وأعلنت شركة رونو الفرنسية عن مصنع جديد."
    assert [(e.text, e.canonical) for e in find_entities(None, text)] == [("شركة رونو الفرنسية", "شركة رونو")]
    assert orgs("وتترأس لجنة التحكيم المخرجة الإيطالية أليس رورفاكر.") == set()
    # the name ends at the nationality, what the company does is no name (nor a person's)
    text = "ووقع المكتب اتفاقية مع شركة فيرتيغلوب الإماراتية لإنتاج الأمونياك الأخضر، خلال حفل."
    assert [(e.kind, e.canonical) for e in find_entities(None, text)] == [("ORG", "شركة فيرتيغلوب")]


def test_a_universitys_number_after_its_city_and_the_person_it_is_named_after():
    text = "وافتتح الوزير السنة الجامعية من جامعة باتنة 1 الحاج لخضر، بحضور والي ولاية باتنة محمد بن مالك."
    assert [(e.kind, e.text) for e in find_entities(None, text)] == [
        ("ORG", "جامعة باتنة 1 الحاج لخضر"),
        ("LOC", "ولاية باتنة"),
        ("PERSON", "محمد بن مالك"),
    ]
    assert orgs("وتخرج من جامعة وهران 1 أحمد بن بلة سنة 2010.") == {"جامعة وهران 1 أحمد بن بلة"}
    assert orgs("وقال رئيس جامعة الجزائر 2 إن الدراسة تنطلق.") == {"جامعة الجزائر 2"}


def test_federal_after_a_definite_word_is_its_adjective():
    assert orgs("وفتحت لجنة التجارة الفيدرالية تحقيقا في الصفقة.") == {"لجنة التجارة الفيدرالية"}
    assert orgs("وأعلنت الفيدرالية الديمقراطية للشغل عن إضراب.") == {"الفيدرالية الديمقراطية للشغل"}
    # its remit goes on over "و" and a noun after ل
    text = "وقال رئيس الفيدرالية البيمهنية المغربية لإنتاج وتصدير الفواكه والخضر، إن الطلب ارتفع."
    assert orgs(text) == {"الفيدرالية البيمهنية المغربية لإنتاج وتصدير الفواكه والخضر"}


def test_a_works_quoted_title_is_no_place_and_a_prize_named_after_a_titled_person():
    assert places("وتوجت رواية “جبل الزمرد” بالجائزة.") == set()
    assert places("وقدم المخرج فيلمه “طنجة” في المهرجان.") == set()
    assert places("وزار السياح جبل توبقال.") == {"جبل توبقال"}
    assert people("وفاز بجائزة الشيخ زايد للكتاب.") == {}
    assert places("وجرت الاستشارات في قصر بعبدا.") == {"قصر بعبدا"}


def test_communes_listed_after_their_plural_head():
    assert places("وشمل البرنامج جماعات تمصلوحت وأمزميز.") == {"تمصلوحت", "أمزميز"}
    assert places("وتعرف جماعات الإقليم نقصا في الماء.") == set()


def test_wall_street_and_ai_companies():
    assert places("وارتفعت الأسهم في وول ستريت.") == {"وول ستريت"}
    assert orgs("وأعلنت شركة أوبن إيه آي عن نموذج جديد.") >= {"أوبن إيه آي"}


def test_gulf_names_with_their_forefathers_and_house_and_a_regnal_number():
    text = "واستقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، أمس، الوفد."
    assert people(text) == {"مشعل الأحمد الجابر الصباح": "أمير الكويت"}
    text = "ووصل ولي العهد الأردني الأمير الحسين بن عبد الله الثاني، مساء أمس، إلى الرباط."
    assert set(people(text)) == {"الحسين بن عبد الله الثاني"}
    assert set(people("وعين وزيرا للخارجية خلفا لبدر بن حمد البوسعيدي، وفق المرسوم.")) == {"بدر بن حمد البوسعيدي"}
    assert orgs("وعين وزيرا للخارجية خلفا لسلفه.") == set()
    assert people("رئيس الوزراء الفلسطيني يزور جنين") == {}


def test_a_stadium_named_after_a_person_and_an_airport_of_two_cities():
    assert places("ويحتضن المباراة ملعب سانتياغو برنابيو.") == {"ملعب سانتياغو برنابيو"}
    assert places("وحط الوفد بمطار الرباط سلا.") == {"مطار الرباط سلا"}
    assert orgs("فيما قاطع نواب التيار الصدري الجلسة.") == {"التيار الصدري"}


def test_a_stopword_before_a_european_particle_is_part_of_the_name():
    text = "واستقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا، أمس، الوفد."
    assert people(text) == {"لويس إيناسيو لولا دا سيلفا": "الرئيس البرازيلي"}


def test_a_nationality_as_a_noun_then_a_foreign_name_before_a_stopword_or_after_a_rival():
    assert set(people("وتأهل الصربي نوفاك جوكوفيتش إلى النهائي.")) == {"نوفاك جوكوفيتش"}
    assert set(people("بعد فوزه على الإيطالي يانيك سينر في أربع مجموعات.")) == {"يانيك سينر"}
    assert set(people("متقدما على النيوزيلندي جيوردي بيميش والكيني أبراهام كيبيوت.")) == {
        "جيوردي بيميش",
        "أبراهام كيبيوت",
    }
    assert places("وعاد إلى تيزنيت.") == {"تيزنيت"}


def test_a_definite_noun_right_after_a_bodys_remit_is_the_verbs_object():
    assert orgs("وانتقد الاتحاد العام التونسي للشغل القرار.") == {"الاتحاد العام التونسي للشغل"}
    assert orgs("وأصدرت التنسيقية الوطنية للأساتذة المتعاقدين بلاغا.") == {"التنسيقية الوطنية للأساتذة المتعاقدين"}
    assert orgs("وقالت إن اللجنة التقنية ستعرض خلاصاتها.") == set()
    assert orgs("وتوقفت حركة القطارات بين المدينتين.") == set()


def test_tennis_majors_and_world_championships_are_events_and_west_africa_a_region():
    text = "وتوج بلقب بطولة العالم لألعاب القوى في طوكيو، ثم ببطولة أستراليا المفتوحة."
    assert {e.text for e in find_entities(None, text) if e.kind == "EVENT"} >= {
        "بطولة العالم لألعاب القوى",
        "بطولة أستراليا المفتوحة",
    }
    assert places("ويغطي المكتب منطقة إفريقيا الغربية والوسطى.") == {"إفريقيا الغربية والوسطى"}


def test_a_second_nisba_so_rare_no_list_has_it():
    text = "وقرر الرئيس تعيين سارة الزعفراني الزنزري خلفا له. وتعد الزنزري ثاني امرأة في المنصب."
    assert person_mentions(text) == [
        ("سارة الزعفراني الزنزري", "سارة الزعفراني الزنزري"),
        ("الزنزري", "سارة الزعفراني الزنزري"),
    ]


def test_more_of_the_ninth_written_sets_lessons():
    assert people("وقال مؤسس المنتدى كلاوس شواب إن العالم يتغير.") == {"كلاوس شواب": "مؤسس المنتدى"}
    assert set(people("ويجري البحث عن شخص ثالث يدعى “ولد الحاج” في الملف.")) == {"ولد الحاج"}
    assert people("رئيس الفيفا يشيد بجاهزية المغرب") == {}
    assert places("وهاجم المسلحون قرية قرب مدينة مايدوغوري.") == {"مايدوغوري"}
    assert orgs("ودعا الحكومة الاتحادية إلى صرف الرواتب.") == {"الحكومة الاتحادية"}
    assert orgs("وقال رئيس مجلس الإدارة إن الشركة ستستثمر.") == set()
    assert places("وانطلقت في منتجع دافوس السويسري أشغال المنتدى.") == {"منتجع دافوس"}


def test_the_tenth_written_sets_lessons():
    text = "وعين الرئيس رئيسا جديدا للوزراء خلفا لميشيل بارنييه الذي أطاحت به الجمعية الوطنية."
    assert set(people(text)) == {"ميشيل بارنييه"}
    assert set(people("9. محمد آيت وعلي، سفير فالجزائر")) == {"محمد آيت وعلي"}
    assert orgs("البنك الإفريقي للتنمية يمنح المغرب قرضا") == {"البنك الإفريقي للتنمية"}
    assert orgs("ورد الوزير بأن الحكومة “أوفت بأغلب التزاماتها”.") == set()
    text = "وقال المدير العام لهواوي المغرب إن المركز سيفتح أبوابه."
    assert [(e.text, e.canonical) for e in find_entities(None, text) if e.kind == "ORG"] == [("هواوي المغرب", "هواوي")]
    assert places("وقع الحادث بين الحسيمة وتارجيست.") == {"الحسيمة", "تارجيست"}


def test_the_eleventh_written_sets_lessons():
    text = "وأعلن رئيس المجلس العسكري الجنرال عاصمي غويتا تمديد الفترة الانتقالية."
    assert "عاصمي غويتا" in people(text)
    assert "دو كوردارمي" not in people("وعين الجنرال دو كوردارمي على رأس القيادة.")
    assert people("وقال المدير العام للصندوق خالد سفير إن المبادرة ناجحة.") == {"خالد سفير": "المدير العام للصندوق"}
    assert orgs("وأسست الدول الثلاث تحالف دول الساحل.") == {"تحالف دول الساحل"}


def test_a_proper_names_nationality_only_describes_the_body():
    text = "وانتقدت منظمة أنقذوا الأطفال الإسبانية طريقة الترحيل."
    assert [(e.text, e.canonical) for e in find_entities(None, text) if e.kind == "ORG"] == [
        ("منظمة أنقذوا الأطفال الإسبانية", "منظمة أنقذوا الأطفال")
    ]
    text = "وأعلنت وزارة الخارجية الفرنسية أن السفير غادر."
    assert [e.canonical for e in find_entities(None, text) if e.kind == "ORG"] == ["وزارة الخارجية الفرنسية"]


def test_abroad_belongs_to_a_bodys_name_and_an_epicentre_is_no_body():
    assert orgs("وقال إن مجلس الجالية المغربية بالخارج لم يعد يؤدي دوره.") == {"مجلس الجالية المغربية بالخارج"}
    assert orgs("وأوضح المعهد أن مركز الزلزال يقع جنوب المدينة.") == set()


def test_a_present_verb_in_ta_after_a_role_and_sub_saharan_africa():
    assert people("وزيرة الخارجية الكندية تزور الرباط") == {}
    assert places("وينحدر المهاجرون من دول إفريقيا جنوب الصحراء.") == {"إفريقيا جنوب الصحراء"}


def test_a_foreign_family_name_the_press_writes_often_after_a_title_then_the_object():
    text = "وأعلنت وزيرة المساواة إيرين مونتيرو إصابتها بالفيروس."
    assert people(text) == {"إيرين مونتيرو": "وزيرة المساواة"}
    assert set(people("وعبرت الممثلة العالمية بريانكا شوبرا عن غضبها من تلوث الهواء.")) == {"بريانكا شوبرا"}
    assert set(people("وانتقدت المغنية كايلي جينر الصحافة.")) == {"كايلي جينر"}


def test_a_verbal_noun_with_his_ends_a_name_and_so_is_no_place_in_standard_arabic():
    assert "جوزيف استسلامه" not in people("وأعلن زعيم العصابة أرنيل جوزيف استسلامه.")
    text = "وقالت الممثلة الأمريكية جودي فوستر إن الفيلم جاهز."
    assert set(people(text)) == {"جودي فوستر"} and places(text) == set()


def test_rare_words_then_a_stopword_close_a_name_in_standard_arabic_only():
    assert set(people("وشارك الناشط محفوظ بامبا ليفكير في التوقيع.")) == {"محفوظ بامبا ليفكير"}
    assert set(people("المغنية دنيا باطمة خدامة مزيان على صفحتها")) == {"دنيا باطمة"}  # Darija: a verb


def test_the_fourteenth_written_sets_lessons():
    # a news agency in brackets after a dateline
    text = "تونس (وات) - أذنت النيابة العمومية بالاحتفاظ بالمسؤول."
    assert orgs(text) == {"وات", "النيابة العمومية"}
    assert [e.canonical for e in find_entities(None, "الرباط (و م ع) - أعلنت الحكومة.") if e.kind == "ORG"] == [
        "وكالة المغرب العربي للأنباء"
    ]
    # ranks with "ركن", and "الفريق" before a given name is a rank, not the team
    text = "أصدر رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان مرسوما."
    assert set(people(text)) == {"عبد الفتاح البرهان"}
    text = "وأدى الوالي اليمين بحضور عضو مجلس السيادة الفريق إبراهيم جابر."
    assert people(text) == {"إبراهيم جابر": "عضو مجلس السيادة"} and orgs(text) == {"مجلس السيادة"}
    # a father's given name of two words after a definite family name
    text = "وعين الرئيس اللواء الركن محمد البدوي عبد الماجد واليا لولاية نهر النيل."
    assert set(people(text)) == {"محمد البدوي عبد الماجد"}
    # a feminine nationality as a noun, after a rival's preposition
    text = "فازت العداءة المغربية فاطمة الزهراء كردادي متقدمة على الإثيوبية تيغيست أبايتشو."
    assert set(people(text)) == {"فاطمة الزهراء كردادي", "تيغيست أبايتشو"}
    # Arab towns of 50,000 people and more, a compound town's name, the capital Algiers
    assert places("وقع الانفجار في زاخو ثم امتد إلى المنستير وجرجيس.") == {"زاخو", "المنستير", "جرجيس"}
    assert places("وتوجه الوفد إلى مدينة أم قصر ثم إلى الجزائر العاصمة.") == {"أم قصر", "الجزائر العاصمة"}
    # an indefinite head described by an adjective names no body
    assert orgs("وشملت الأبحاث صاحب مؤسسة خاصة للنقل بمدينة المتلوي.") == set()


def test_one_rare_word_after_a_role_ending_at_a_definite_word_is_the_name():
    assert people("وفتحات مواجهة بين رئيس الباطرونا لعلج، لي هو أكبر مستورد") == {"لعلج": "رئيس الباطرونا"}
    assert people("وقال عميد كلية العلوم القانونية أكدال، إن الدراسة مستمرة.") == {}  # the faculty's site
    assert people("كاين طرح يدفع بالوزير الغراس لترؤسه، في وقت") == {}  # "for his chairing it"


def test_a_given_name_then_a_colon_and_a_quote_is_who_speaks_and_the_outlet_ends_a_name():
    text = "وقالت إنها ندمت.\nخلود : “ندمت بزاف حيت القصة ديالي تفضحات” وأضافت أنها تعبت."
    assert set(people(text)) == {"خلود"}
    assert people("وقال محمد : إن الأمر انتهى.") == {}  # no quote: a colon alone says nothing
    found = find_entities(None, "وقالت كوثر لكود أن الكفيل اللي جابها للإمارات", outlet="كود")
    assert [(e.kind, e.text) for e in found if e.kind != "LOC"] == [("ORG", "كود")]


def test_a_child_named_after_a_public_figure_and_a_rare_last_name_after_a_definite_one():
    text = "المكلخين هجمو على إيناس بنت ليلى الحديوي حيت كدافع على المثليين"
    assert set(people(text)) == {"إيناس", "ليلى الحديوي"}
    text = "بحضور والي الجهة محمد الناجم ابهي ومسؤولين آخرين، ثم المندوب الإقليمي"
    assert people(text) == {"محمد الناجم ابهي": "والي الجهة"}
    assert set(people("ونبه البرلماني الفاطمي الرميد، خلال جلسة الأسئلة الشفهية")) == {"الفاطمي الرميد"}
    assert set(people("وخطب الملك محمد السادس أمس في البرلمان.")) == {"محمد السادس"}  # a regnal number, then a word


def test_an_anonymous_account_is_no_person():
    assert people("واش دنيا باطما تزگلات من قضية حمزة مون بيبي باش قرر قاضي التحقيق") == {"دنيا باطما": None}


def test_a_nationality_after_a_name_closes_it_unless_another_name_follows():
    text = "زياش ما دخلش فهاد الماتش بحالو بحال أوليفر جيرو الفرنسي اللي ربح كاس العالم"
    assert "أوليفر جيرو" in people(text)
    assert "فرحان حتا" not in people("كلشي كان فرحان حتا البرازيلي كافو اعطا تصريحات")


def test_the_fifteenth_written_sets_lessons():
    # a title after the role, a given name that is a stopword too, a Gulf name's forefathers
    text = "استقبل سمو ولي العهد الشيخ صباح خالد الحمد الصباح، في قصر بيان اليوم الأربعاء، الوفد."
    assert people(text) == {"صباح خالد الحمد الصباح": "ولي العهد"}
    text = "وهنأ رئيس الوزراء محمد شياع السوداني المشهداني، فيما قاطع نواب الجلسة."
    assert set(people(text)) == {"محمد شياع السوداني"}  # a nisba ends the name: the other is a person
    # a rank that is a word too, before a given name
    text = "تسلم رئيس الجمهورية اللبنانية العماد جوزاف عون، في قصر بعبدا، أوراق اعتماد السفير."
    assert people(text) == {"جوزاف عون": "رئيس الجمهورية اللبنانية"}
    # a family name in -ات people bear, in Standard Arabic; a known nisba after one word between commas
    text = "حضره والي جهة العيون الساقية الحمراء عبد السلام بكرات، إن المستشفى سيوفر مناصب."
    assert people(text) == {"عبد السلام بكرات": "والي جهة العيون الساقية الحمراء"}
    text = "وأوضح مدير المكتب، حبوب الشرقاوي، في ندوة صحفية بسلا، أن المشتبه فيهم اعتقلوا."
    assert people(text) == {"حبوب الشرقاوي": "مدير المكتب"}
    # a facility described, not named; Arab cities news names alone
    assert places("افتتحت مجموعة أكديطال مستشفى خاصا متعدد التخصصات بمدينة العيون.") == {"العيون"}
    assert places("وامتدت الاحتجاجات من النجف وكربلاء إلى سوسة والقيروان.") == {"النجف", "كربلاء", "سوسة", "القيروان"}


def test_the_sixteenth_written_sets_lessons():
    # a state named by its nationality
    assert places("أصدر رئيس الجمهورية الموريتانية مرسوما بتعيين الوزير الأول.") == {"موريتانيا"}
    text = "وأجرت الوزيرة مباحثات مع الأمين التنفيذي للاتفاقية سايمون ستيل، ومع المفوض الأوروبي."
    assert people(text) == {"سايمون ستيل": "الأمين التنفيذي للاتفاقية"}
    text = "أعلن رئيس الهيئة العليا المستقلة للانتخابات في تونس، فاروق بوعسكر، النتائج."
    assert orgs(text) == {"الهيئة العليا المستقلة للانتخابات"}
    assert "المنتخب الجزائري" in orgs("بعد فوز المنتخب الجزائري لكأس إفريقيا للأمم خرج المشجعون.")


def test_the_seventeenth_written_sets_lessons():
    assert people("سعيد يقيل وزيرة المالية ويعين خلفا لها") == {}  # a given name, then a verb in ي-
    text = "وسيتولى زعيم الحزب الاشتراكي الديمقراطي لارس كلينغبايل منصب نائب المستشار."
    assert people(text) == {"لارس كلينغبايل": "زعيم الحزب الاشتراكي الديمقراطي"}
    assert orgs(text) == {"الحزب الاشتراكي الديمقراطي"}
    assert orgs("وأوضح بلاغ لرئاسة الحكومة أن الاجتماع خصص لتقييم الحصيلة.") == {"رئاسة الحكومة"}
    assert orgs("وعزت المجموعة ذلك إلى ارتفاع حركة الحاويات بالميناء.") == set()  # traffic, no movement


def test_the_eighteenth_written_sets_lessons():
    # a nationality ends a body's name; a noun after it is the verb's object
    assert orgs("وأدانت وزارة الخارجية الفلسطينية الاعتداء، مطالبة بالحماية.") == {"وزارة الخارجية الفلسطينية"}
    assert orgs("وقال مدرب المنتخب المغربي الأول لكرة القدم إن الفريق جاهز.") == {"المنتخب المغربي الأول لكرة القدم"}
    # appointments listed with "و", each name followed by its role
    text = "صادق المجلس على تعيين محمد الأمين الصبيحي رئيسا للجامعة، وسعاد الكتاني عميدة لكلية الطب بفاس."
    assert set(people(text)) == {"محمد الأمين الصبيحي", "سعاد الكتاني"}
    assert orgs("وأعلنت الإدارة العامة للتعليم بمنطقة مكة المكرمة تعليق الدراسة.") == {"الإدارة العامة للتعليم"}
    assert orgs("وشدد على دور الإدارة العامة في التنمية.") == set()  # public administration: no body


def test_the_nineteenth_written_sets_lessons():
    assert people("والي جهة الشرق يترأس اجتماعا حول الموسم الفلاحي") == {}  # a verb of the يتفعّل form
    assert people("وأدى اليمين أمام رئيسة البوندستاغ يوليا كلوكنر، قبل أن يتسلم مهامه.") == {
        "يوليا كلوكنر": "رئيسة البوندستاغ"
    }
    assert orgs("نجح فريق طبي بالمركز الاستشفائي في إجراء العملية.") == set()
    text = "تأهل فريق الترجي الرياضي التونسي إلى النهائي."
    assert [e.canonical for e in find_entities(None, text) if e.kind == "ORG"] == ["الترجي التونسي"]


def test_a_name_between_commas_after_where_a_person_serves():
    text = "وقال القيادي في حركة حماس، خليل الحية، إن الحركة مستعدة."
    assert people(text) == {"خليل الحية": "القيادي في حركة حماس"}
    assert set(people("وقال الناشط في حركة حماس، خليل الحية، إن الحركة مستعدة.")) == {"خليل الحية"}
    assert people("وأضاف الخبير في الشؤون الأمنية، إن الوضع خطير.") == {}


def test_the_twentieth_written_sets_lessons():
    text = "ورحب زعيم الحزب الشعبي ألبرتو نونييث فيخو بالقرار، معتبرا أنه صائب."
    assert people(text) == {"ألبرتو نونييث فيخو": "زعيم الحزب الشعبي"}
    text = "برئاسة وزير الداخلية الشيخ فهد يوسف سعود الصباح، سحب الجنسية."
    assert people(text) == {"فهد يوسف سعود الصباح": "وزير الداخلية"}  # a Gulf name's forefathers
    assert places("وقع الهجوم قرب مدينة تمبكتو شمال مالي.") == {"تمبكتو", "مالي"}  # a compass point is a cue
    assert orgs("هجوم شنه مسلحون من جماعة نصرة الإسلام والمسلمين على قاعدة.") == {"جماعة نصرة الإسلام والمسلمين"}


def test_the_twenty_first_written_sets_lessons():
    # a dateline with its day, and an agency alone after a dateline's dash
    text = "عمان 23 تشرين الثاني (بترا) - افتتح وزير الصحة الدكتور فراس الهواري قسم الإسعاف."
    assert orgs(text) == {"بترا"} and "عمان" in places(text)
    assert orgs("المنامة - بنا\n\nاستقبل ولي العهد الوزير.") == {"بنا"}
    assert orgs("الرباط - محمد\n\nاستقبل ولي العهد الوزير.") == set()  # a byline's name, no agency
    # "X آباد" is a town; a definite head then a title is "the hospital" and its director
    assert places("على بعد 27 كيلومترا من مدينة جلال آباد.") == {"جلال آباد"}
    text = "وحضر الافتتاح مدير المستشفى الدكتور محمد عبيدات."
    assert people(text) == {"محمد عبيدات": "مدير المستشفى"} and places(text) == set()
    # a father's given name that is a word too, then a nisba; a role of its own before a name keeps
    # the next role between commas for the next name
    text = "التقى وزير الخارجية السوري، أسعد حسن الشيباني، المبعوث الأمريكي الخاص إلى سوريا، توم باراك، في دمشق."
    assert people(text) == {
        "أسعد حسن الشيباني": "وزير الخارجية السوري",
        "توم باراك": "المبعوث الأمريكي الخاص إلى سوريا",
    }
    # a post in the accusative closes the name; ب and a common noun ends one
    assert set(people("عين رئيس الجمهورية السيد سيفي غريب وزيرا أول، خلفا له.")) == {"سيفي غريب"}
    assert people("وقد كلفه الرئيس تبون بمواصلة تنفيذ برنامج الحكومة.") == {"تبون": "الرئيس"}
    # a given name that is a word, then a family name people bear, after a role
    assert people("تفقد وزير الطاقة والمياه جو الصدي، صباح اليوم، المعمل.") == {"جو الصدي": "وزير الطاقة والمياه"}
    assert set(people("في صفوف الأهلي الأمريكي أنطوان ماكدانيال بتسجيله 24 نقطة.")) == {"أنطوان ماكدانيال"}
    # plants, districts and arenas are places; a plant for doing something is named by nothing
    assert places("تفقد الوزير معمل دير عمار الحراري في الشمال.") == {"معمل دير عمار الحراري"}
    assert places("تم تفكيك معمل لتقطير ماء الحياة.") == set()
    assert places("تحت الأنقاض في مديرية نورغال، حيث دمرت قرى.") == {"مديرية نورغال"}
    assert places("مساء السبت بقاعة بي كي أرينا في كيغالي.") == {"قاعة بي كي أرينا", "كيغالي"}
    assert places("أقيمت المباراة في ملعب المملكة أرينا بالدار البيضاء.") == {"ملعب المملكة أرينا", "الدار البيضاء"}
    # names and roles listed in turn keep their own roles
    text = "ثلاثة أسماء: يواخيم لوف، مدرب المنتخب الألماني، ماوريسيو بوكيتينيو، مدرب فريق توتنهام، ويورغن كلوب."
    assert people(text)["ماوريسيو بوكيتينيو"] == "مدرب فريق توتنهام"


def test_the_twenty_second_written_sets_lessons():
    # Gulf styles are titles, not names; "شيخ" links a Somali name's parts
    text = "افتتح معالي سالم بن محمد المحروقي، وزير التراث والسياحة، المعرض."
    assert people(text) == {"سالم بن محمد المحروقي": "وزير التراث والسياحة"}
    assert people("وندد الرئيس الصومالي حسن شيخ محمود بالهجوم.") == {"حسن شيخ محمود": "الرئيس الصومالي"}
    # a nationality as a noun after "بين", then a foreign given name no list has
    text = "نزالا للملاكمة بين الأوكراني أولكسندر أوسيك والبريطاني دانيال دوبوا."
    assert set(people(text)) == {"أولكسندر أوسيك", "دانيال دوبوا"}
    # a national society; a participle ends a body's name; "القاعدة" alone is "the rule"
    assert orgs("نقلتهم طواقم الهلال الأحمر الفلسطيني إلى المستشفى.") == {"الهلال الأحمر الفلسطيني"}
    assert orgs("وتبنته حركة الشباب المرتبطة بتنظيم القاعدة.") == {"حركة الشباب", "تنظيم القاعدة"}
    assert orgs("انطلاقا من هذه القاعدة التي يضعها الكاتب.") == set()
    # "للجنة" is ل and "اللجنة" before its adjective; a chain of nouns goes on over "و"
    text = "اجتماعا للجنة الإقليمية للتنمية البشرية، وأكد أن وكالة إنعاش وتنمية أقاليم الشمال ستساهم."
    found = {e.canonical for e in find_entities(None, text) if e.kind == "ORG"}
    assert found == {"اللجنة الإقليمية للتنمية البشرية", "وكالة إنعاش وتنمية أقاليم الشمال"}
    assert orgs("بتهم إهانة مؤسسة دستورية وإهانة هيئة منظمة.") == set()
    assert orgs("وأضاف في تدوينة على منصة إكس أن الموسم سيستمر.") == {"منصة إكس"}
    assert orgs("وقال رئيس مجلس المديرين في الهيئة إن الخط سيمتد.") == set()
    # a region named by an adjective is no ministry; fields, bases, pyramids and museums are places
    assert places("في ولاية منح في محافظة الداخلية، بحضور المسؤولين.") == {"منح", "الداخلية"}
    text = "استئناف الإنتاج في حقل الفيل النفطي، وتراجع الاهتمام في حقل التعليم."
    assert places(text) == {"حقل الفيل"}
    text = "أطلق القمر من قاعدة جيوتشيوان شمال غربي الصين."
    assert places(text) == {"قاعدة جيوتشيوان", "الصين"}
    text = "استقبل المتحف المصري الكبير بالجيزة آلاف الزوار، وهو المطل على أهرامات الجيزة."
    assert places(text) == {"المتحف المصري الكبير", "أهرامات الجيزة", "الجيزة"}


def test_more_foreign_given_names_start_names():
    text = "تابعاها ختها كايلي جينر ب127 مليون متابع، ثم سيلينا غوميز ب149 مليون."
    assert set(people(text)) == {"كايلي جينر", "سيلينا غوميز"}
    assert set(people("وقالت صحيفة آس إن فلورنتينو بيريز، أعد قائمة أولية.")) == {"فلورنتينو بيريز"}
    assert people("ومن أبرز الحاضرين الصوفي الكبير.") == {}  # "صوفي" is a Sufi too


def test_a_relative_named_by_a_foreign_given_name_alone_in_standard_arabic():
    assert set(people("وصل الرئيس رفقة زوجته ميلانيا وابنه بارون.")) == {"ميلانيا"}
    assert set(people("وتعيش في لوس أنجلوس والدتها دوريا.")) == {"دوريا"}
    assert people("الأب ديال المعتقل خرج كيقول بأن ولدو طيح 16 لكيلو.") == {}  # Darija: a verb there


def test_the_twenty_third_written_sets_lessons():
    # a country named as its adjective after a feminine noun is the adjective
    assert places("جرى اللقاء في العاصمة السعودية الرياض.") == {"الرياض"}
    assert "المملكة العربية السعودية" in places("وزار السعودية الأسبوع الماضي.")
    # waterways; an opera house; the city a police unit serves
    assert places("تراجعت إيرادات قناة السويس بسبب التوترات.") == {"قناة السويس"}
    assert places("تنطلق الدورة في دار الأوبرا المصرية يوم الجمعة.") == {"دار الأوبرا المصرية"}
    assert places("وأفاد بلاغ لولاية أمن أكادير بأن الموقوف وضع تحت الحراسة.") == {"أكادير"}
    # a company named by a brand a little commoner, or by initials; not by what it does
    text = "وتتولى تشغيل الحقل شركة بي بي البريطانية، ونظيره في مجموعة إيني الإيطالية."
    assert orgs(text) == {"بي بي", "إيني"}
    assert orgs("تملك شركة لتأجير السيارات بمراكش.") == set()
    # a body named after a king; "والشركتين" is no foreign given name after a nationality
    assert orgs("بالتعاون مع جامعة الملك عبدالله للعلوم والتقنية.") == {"جامعة الملك عبدالله للعلوم والتقنية"}
    assert people("بالشراكة مع كوسموس إنرجي الأمريكية والشركتين الوطنيتين في البلدين.") == {}


def test_the_twenty_fourth_written_sets_lessons():
    # a Gulf name's house after a long chain of forefathers; a team's captain
    text = "حضر المقابلة معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء."
    assert set(people(text)) == {"محمد بن عبدالرحمن بن جاسم آل ثاني"}
    assert people("فيما غابت قائدة المنتخب نهيلة بنزينة بسبب الإصابة.") == {"نهيلة بنزينة": "قائدة المنتخب"}
    # banks named مصرف, an audit court, an office named by a role, a basin agency named by its river
    text = "أعلن محافظ مصرف ليبيا المركزي أن المصرف سيبدأ، مع مكتب النائب العام لملاحقة المتورطين، وكان"
    text += " ديوان المحاسبة قد حذر."
    assert orgs(text) == {"مصرف ليبيا المركزي", "مكتب النائب العام", "ديوان المحاسبة"}
    assert orgs("فيما أعلنت وكالة الحوض المائي لسبو أن الحقينة ارتفعت.") == {"وكالة الحوض المائي لسبو"}
    # an airport named after a person; a region named by a rare definite word; a river
    assert places("أعمال تأهيل في مطار رفيق الحريري الدولي في بيروت.") == {"مطار رفيق الحريري الدولي", "بيروت"}
    assert places("المحطات في منطقة الظفرة توفر ربع الكهرباء.") == {"الظفرة"}
    assert places("وتوترت الأوضاع في منطقة التوتر.") == set()
    assert places("عزلت مياه وادي ورغة عددا من الدواوير، وأدى هذا الدور الممثل.") == {"وادي ورغة"}
    assert places("لتتبع مشاريع التهيئة بسد وادي المخازن.") == {"سد وادي المخازن"}
    assert places("ستنطلق امتحانات الثانوية العامة في يونيو.") == set()


def test_the_twenty_fifth_written_sets_lessons():
    # a body described by a nationality or as the maker names none; Mali's team is named
    assert orgs("على أن المحطة تنجزها شركة صينية بالشراكة مع الوزارة.") == set()
    assert orgs("وقال إن الشركة المصنعة أخطرت بالقرار.") == set()
    assert orgs("بعد فوزه على منتخب مالي بركلات الترجيح.") == {"منتخب مالي"}
    # a country's armed forces in a role; flag carriers; "عبد" names written as one word
    text = "استقبل رئيس أركان الجيوش الفرنسية الجنرال فابيان ماندون."
    assert orgs(text) == {"الجيوش الفرنسية"} and set(people(text)) == {"فابيان ماندون"}
    assert orgs("الخطوط السعودية تتسلم أولى طائراتها.") == {"الخطوط السعودية"}
    assert places("في حفل أقيم بمطار الملك عبدالعزيز الدولي في جدة.") == {"مطار الملك عبدالعزيز الدولي", "جدة"}
    assert places("مساء الأحد على استاد القاهرة الدولي.") == {"استاد القاهرة الدولي"}


def test_the_twenty_sixth_written_sets_lessons():
    # an office's role ends before a stopword; "و" after a body's served place starts another thing
    text = "داعيا مكتب المبعوث الأممي إلى اليمن إلى إدانته."
    assert orgs(text) == {"مكتب المبعوث الأممي"} and places(text) == {"اليمن"}
    text = "وتتم بتنسيق مع الغرفة الفلاحية لجهة فاس مكناس والسلطات المحلية."
    assert orgs(text) == {"الغرفة الفلاحية لجهة فاس مكناس"}
    # Gulf state companies, Al-Ahsa, temples
    assert orgs("وقال الرئيس التنفيذي لأدنوك، الدكتور سلطان أحمد الجابر، إن العقد مهم.") == {"أدنوك"}
    assert places("رفع درجة التأهب في منطقتي نجران والأحساء.") >= {"الأحساء"}
    assert places("بحفل على مدارج معبد باخوس.") == {"معبد باخوس"}


def test_the_twenty_seventh_written_sets_lessons():
    # "الريال" as money is no club; the UN's drugs and crime office by its name
    assert orgs("وبحث الجانبان سبل مواجهة تدهور سعر صرف الريال.") == set()
    assert orgs("وتراجع الريال اليمني أمام الدولار.") == set()
    assert orgs("وفاز الريال على برشلونة.") == {"الريال", "برشلونة"}
    text = "بتنسيق مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة."
    assert orgs(text) == {"مكتب الأمم المتحدة المعني بالمخدرات والجريمة"}
