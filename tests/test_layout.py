"""Boilerplate and header detection on debris the seeds do not show."""

from transforms.decode import split_lines
from transforms.layout import segment

BODY_1 = (
    "قال وزير الفلاحة إن الموسم الفلاحي الحالي يبشر بمحصول جيد بعد التساقطات المطرية الأخيرة في مختلف جهات المملكة."
)
BODY_2 = "وأضاف المسؤول الحكومي أن الوزارة ستواصل دعم الفلاحين الصغار عبر برامج التمويل والتأمين ضد الجفاف."


def layout_of(text: str):
    return segment(split_lines(text))


def reasons(layout) -> dict[int, str]:
    return {r.line_no: r.reason for r in layout.removed}


def test_other_sites_debris_is_removed():
    text = "\n".join(
        [
            "هسبريس",  # 1 unknown site name above the headline
            "اقتصاد",  # 2 section
            "الحكومة تتوقع موسما فلاحيا جيدا هذه السنة",  # 3 title
            "بقلم: محمد العلوي",  # 4 author
            "الثلاثاء 12 مارس 2024 - 10:30",  # 5 dateline
            BODY_1,  # 6
            "اقرأ أيضا: الحكومة تعلن عن برنامج جديد لدعم الفلاحين",  # 7 inline related link
            "https://example.com/article/123",  # 8 url
            BODY_2,  # 9
            "شارك على فيسبوك",  # 10
            "جميع الحقوق محفوظة © 2024",  # 11
            "مواضيع ذات صلة",  # 12 end-of-article widget
            "وزير الفلاحة يزور جهة سوس ماسة",  # 13 related headline after the widget
            "***",  # 14
        ]
    )
    layout = layout_of(text)
    assert layout.title.no == 3
    assert [line.no for line in layout.body] == [6, 9]
    assert reasons(layout) == {
        1: "site_label",
        2: "section_label",
        4: "author_byline",
        5: "dateline",
        7: "related_articles",
        8: "url",
        10: "share_widget",
        11: "copyright",
        12: "related_articles",
        13: "after_body_end",
        14: "no_letters",
    }
    assert layout.outlet == "هسبريس"
    assert layout.section == "اقتصاد"
    assert layout.dateline.no == 5


def test_every_non_blank_line_is_accounted_for_once():
    text = (
        f"دولي\n\nعنوان المقال هنا بكلمات كافية\n\n{BODY_1}\n\nزر الذهاب إلى الأعلى\n\nerror: Content is protected !!\n"
    )
    layout = layout_of(text)
    placed = [layout.title.no] + [line.no for line in layout.body] + [r.line_no for r in layout.removed]
    non_blank = [line.no for line in split_lines(text) if line.text.strip()]
    assert sorted(placed) == non_blank


def test_file_with_no_title():
    layout = layout_of(f"{BODY_1}\n{BODY_2}\n")
    assert layout.title is None
    assert [line.no for line in layout.body] == [1, 2]


def test_follow_us_footer_names_the_outlet():
    layout = layout_of(f"عنوان المقال هنا بكلمات كافية\n{BODY_1}\nتابعوا آخر أخبار اليوم 24 على تطبيق واتساب")
    assert reasons(layout) == {3: "outlet_footer"}
    assert layout.outlet == "اليوم 24"


def test_catalogue_phrase_inside_a_long_paragraph_is_kept():
    paragraph = (
        BODY_1 + " وقال إن المحتوى محمي بموجب القانون الجديد الذي صادق عليه البرلمان في دورته الأخيرة هذا الأسبوع."
    )
    layout = layout_of(f"عنوان المقال هنا بكلمات كافية\n{paragraph}")
    assert [line.no for line in layout.body] == [2]


def test_widget_before_any_body_does_not_swallow_the_article():
    layout = layout_of(f"التعليقات\nعنوان المقال هنا بكلمات كافية\n{BODY_1}\nفقرة قصيرة في وسط المقال\n{BODY_2}")
    assert [line.no for line in layout.body] == [3, 4, 5]


def test_a_places_name_above_the_headline_is_a_section_not_the_outlet():
    layout = layout_of("\n".join(["لبنان", "الحكومة تتوقع موسما فلاحيا جيدا هذه السنة", BODY_1]))
    assert reasons(layout) == {1: "section_label"}
    assert layout.section == "لبنان"
    assert layout.outlet is None


def test_a_place_and_a_site_set_apart_by_a_dash_and_breadcrumbs_of_sections():
    layout = layout_of("\n".join(["القاهرة - مصراوي", "وزير الصحة يتفقد مستشفى أسوان الجامعي", BODY_1]))
    assert (layout.outlet, layout.section, layout.title.no) == ("مصراوي", None, 2)
    layout = layout_of("\n".join(["الرئيسية » رياضة", "الوداد يتعاقد مع مدرب جديد لموسمين", BODY_1]))
    assert (layout.outlet, layout.section) == (None, "رياضة")
    layout = layout_of("\n".join(["ثقافة وفنون", "رحيل فنانة مغربية عن 81 عاما", BODY_1]))
    assert (layout.outlet, layout.section) == (None, "ثقافة وفنون")
    layout = layout_of("\n".join(["ميديا - بريس", "الحكومة تتوقع موسما فلاحيا جيدا", BODY_1]))
    assert layout.outlet == "ميديا - بريس"  # no place in it: the name as printed


def test_a_short_follow_us_footer_after_a_lead_in_is_removed():
    layout = layout_of(
        "\n".join(["الحكومة تتوقع موسما فلاحيا جيدا", BODY_1, "للمزيد من الأخبار تابعونا على قناتنا في تلغرام"])
    )
    assert reasons(layout) == {3: "outlet_footer"}


def test_a_section_named_with_the_article_and_a_footer_naming_a_section_are_no_outlets():
    layout = layout_of("\n".join(["العالم العربي", "الأردن يستضيف اجتماعا لوزراء الخارجية", BODY_1]))
    assert (layout.outlet, layout.section) == (None, "العالم العربي")
    text = "\n".join(["اقتصاد", "الحكومة تتوقع موسما فلاحيا جيدا", BODY_1, "تابعوا آخر أخبار الاقتصاد على موقعنا"])
    assert layout_of(text).outlet is None


def test_the_site_above_the_headline_is_the_outlet_not_the_agency_of_a_byline_under_it():
    title = "ولي العهد يستقبل وزير الخارجية البريطاني"
    layout = layout_of("\n".join(["الأيام - البحرين", title, "المنامة - بنا", BODY_1]))
    assert reasons(layout) == {1: "site_label", 3: "outlet_byline"}
    assert layout.outlet == "الأيام"
    layout = layout_of("\n".join([title, "القاهرة - مصراوي", BODY_1]))
    assert layout.outlet == "مصراوي"  # with no site label, the byline names it


def test_a_long_site_label_above_the_headline_and_an_author_after_the_headline_repeated():
    title = "الخليفي يبحث في الدوحة جهود الوساطة مع المبعوث الأمريكي"
    layout = layout_of("\n".join(["أبوظبي - سكاي نيوز عربية", title, BODY_1]))
    assert reasons(layout) == {1: "site_label"}
    assert (layout.outlet, layout.title.no) == ("سكاي نيوز عربية", 2)
    title = "الفتح الرباطي يفوز على المغرب التطواني ويتقدم في الترتيب"
    layout = layout_of("\n".join(["رياضة", title, title, "الرباط - محمد بلقاسم", BODY_1]))
    # the copy of the headline stays for dedupe, which records it; the journalist is no outlet
    assert reasons(layout) == {1: "section_label", 4: "author_byline"}
    assert [line.no for line in layout.body] == [3, 5] and layout.outlet is None
