package org.organizer.press;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sample articles of the demo publication, each in English, Spanish and Arabic, together of every kind,
 * several with an illustration drawn for the demo (see {@link DemoIllustrations}).
 */
final class DemoArticles {

    /**
     * One language version of a story.
     *
     * @param place where a report was filed from, as printed
     * @param originalAuthor who first published a reproduced appeal
     */
    record Text(
            String language,
            String title,
            String standfirst,
            String byline,
            String body,
            @Nullable String place,
            @Nullable String originalAuthor) {

        Text(String language, String title, String standfirst, String byline, String body) {
            this(language, title, standfirst, byline, body, null, null);
        }
    }

    /** What a reader is told about an illustration in one language. */
    record Caption(String language, String alt, String caption, String credit) {}

    record Illustration(DemoIllustrations.Drawing drawing, List<Caption> captions) {}

    /**
     * A story in every language of the demo.
     *
     * @param originalDate when a reproduced appeal was first published
     * @param illustration the lead photo, if any
     */
    record Story(
            String country,
            LocalDate dateline,
            ArticleKind kind,
            @Nullable LocalDate originalDate,
            @Nullable Illustration illustration,
            List<Text> texts) {}

    static final String CREDIT_EN = "Illustration made for the Organizer demo";
    static final String CREDIT_ES = "Ilustración hecha para la demostración de Organizer";
    static final String CREDIT_AR = "رسم أُعدّ للعرض التجريبي لـ Organizer";

    private DemoArticles() {}

    private static Illustration illustration(DemoIllustrations.Drawing drawing, String[][] texts) {
        return new Illustration(
                drawing,
                List.of(
                        new Caption("en", texts[0][0], texts[0][1], CREDIT_EN),
                        new Caption("es", texts[1][0], texts[1][1], CREDIT_ES),
                        new Caption("ar", texts[2][0], texts[2][1], CREDIT_AR)));
    }

    private static final String[][] PORT_CAPTIONS = {
        {
            "Drawing of three container cranes on a quay, stacked containers and a ship",
            "Cranes at a container terminal: twelve ports will hold a common day of action."
        },
        {
            "Dibujo de tres grúas portacontenedores en un muelle, contenedores apilados y un barco",
            "Grúas en una terminal de contenedores: doce puertos celebrarán una jornada de acción común."
        },
        {
            "رسم لثلاث رافعات حاويات على رصيف، وحاويات مكدّسة وسفينة",
            "رافعات في محطة حاويات: اثنا عشر ميناءً سينظمون يوم عمل مشتركًا."
        }
    };

    private static final String[][] HOSPITAL_CAPTIONS = {
        {
            "Drawing of a hospital building between two trees",
            "A hospital in Sfax, where cleaners approved a pay agreement."
        },
        {
            "Dibujo de un edificio de hospital entre dos árboles",
            "Un hospital de Sfax, donde el personal de limpieza aprobó un acuerdo salarial."
        },
        {"رسم لمبنى مستشفى بين شجرتين", "مستشفى في صفاقس، حيث صادق عمال النظافة على اتفاق الأجور."}
    };

    private static final String[][] BUSES_CAPTIONS = {
        {
            "Drawing of three buses in a row on a city street",
            "Buses from four depots: their drivers elected a delegates' committee."
        },
        {
            "Dibujo de tres colectivos en fila en una calle de la ciudad",
            "Colectivos de cuatro cabeceras: sus choferes eligieron un cuerpo de delegados."
        },
        {"رسم لثلاث حافلات متتالية في شارع بالمدينة", "حافلات من أربعة مستودعات: انتخب سائقوها لجنة مندوبين."}
    };

    private static final String[][] HALL_CAPTIONS = {
        {
            "Drawing of a meeting hall with rows of chairs facing a platform",
            "An assembly hall set for a meeting of factory delegates."
        },
        {
            "Dibujo de una sala de reuniones con filas de sillas frente a una tribuna",
            "Una sala preparada para una asamblea de delegadas y delegados de fábrica."
        },
        {"رسم لقاعة اجتماعات فيها صفوف من الكراسي أمام منصة", "قاعة مهيّأة لجمعية عامة لمندوبي المصانع."}
    };

    static final List<Story> STORIES = List.of(
            new Story(
                    "IT",
                    LocalDate.of(2026, 11, 3),
                    ArticleKind.REPORT,
                    null,
                    illustration(DemoIllustrations.Drawing.PORT, PORT_CAPTIONS),
                    List.of(
                            new Text(
                                    "en",
                                    "Port workers' unions set a date for a day of action",
                                    "Delegates from twelve ports agreed to hold a common day of action on 5 December.",
                                    "Our correspondent",
                                    """
                                    ## An online meeting of twelve ports

                                    Dockworkers' unions from twelve ports met online on 2 November to discuss \
                                    the call drafted by the Genoa port workers' committee.

                                    The meeting decided:

                                    - to hold a day of action in all participating ports on **5 December**;
                                    - to publish the call in English, Spanish and Arabic;
                                    - to invite other unions to endorse it before 20 November.

                                    Local assemblies will decide the form of action in each port.
                                    """,
                                    "Genoa",
                                    null),
                            new Text(
                                    "es",
                                    "Los sindicatos portuarios fijan la fecha de una jornada de acción",
                                    "Delegados de doce puertos acordaron celebrar una jornada de acción común el 5 de diciembre.",
                                    "Nuestro corresponsal",
                                    """
                                    ## Una reunión en línea de doce puertos

                                    Sindicatos de estibadores de doce puertos se reunieron en línea el 2 de \
                                    noviembre para discutir el llamamiento redactado por el comité de los \
                                    trabajadores del puerto de Génova.

                                    La reunión decidió:

                                    - celebrar una jornada de acción en todos los puertos participantes el **5 de diciembre**;
                                    - publicar el llamamiento en inglés, español y árabe;
                                    - invitar a otros sindicatos a adherirse antes del 20 de noviembre.

                                    Las asambleas locales decidirán la forma de acción en cada puerto.
                                    """,
                                    "Génova",
                                    null),
                            new Text(
                                    "ar",
                                    "نقابات عمال الموانئ تحدد موعدًا ليوم عمل مشترك",
                                    "اتفق مندوبون من اثني عشر ميناءً على تنظيم يوم عمل مشترك في 5 ديسمبر.",
                                    "مراسلنا",
                                    """
                                    ## اجتماع عبر الإنترنت لاثني عشر ميناءً

                                    اجتمعت نقابات عمال الرصيف من اثني عشر ميناءً عبر الإنترنت في 2 نوفمبر \
                                    لمناقشة النداء الذي صاغته لجنة عمال ميناء جنوة.

                                    قرر الاجتماع ما يلي:

                                    - تنظيم يوم عمل في جميع الموانئ المشاركة في **5 ديسمبر**؛
                                    - نشر النداء بالإنجليزية والإسبانية والعربية؛
                                    - دعوة النقابات الأخرى إلى التوقيع عليه قبل 20 نوفمبر.

                                    وستقرر الجمعيات العامة المحلية شكل التحرك في كل ميناء.
                                    """,
                                    "جنوة",
                                    null))),
            new Story(
                    "TN",
                    LocalDate.of(2026, 10, 21),
                    ArticleKind.BRIEF,
                    null,
                    illustration(DemoIllustrations.Drawing.HOSPITAL, HOSPITAL_CAPTIONS),
                    List.of(
                            new Text(
                                    "en",
                                    "Hospital cleaners in Sfax approve a pay agreement",
                                    "The agreement raises wages and turns temporary contracts into permanent ones.",
                                    "Correspondent in Sfax",
                                    """
                                    ## The terms of the agreement

                                    After three weeks of negotiations, a general assembly of hospital cleaning \
                                    workers in Sfax approved the agreement reached with the contractor.

                                    Its main points:

                                    - a wage increase of 9% from 1 January;
                                    - permanent contracts for workers with more than two years of service;
                                    - a joint committee to follow up on working conditions.

                                    The union said it will report on how the agreement is applied.
                                    """),
                            new Text(
                                    "es",
                                    "Las limpiadoras de los hospitales de Sfax aprueban un acuerdo salarial",
                                    "El acuerdo sube los salarios y convierte los contratos temporales en fijos.",
                                    "Corresponsal en Sfax",
                                    """
                                    ## Los términos del acuerdo

                                    Tras tres semanas de negociaciones, una asamblea general de las trabajadoras \
                                    y los trabajadores de limpieza de los hospitales de Sfax aprobó el acuerdo \
                                    alcanzado con la empresa contratista.

                                    Sus puntos principales:

                                    - una subida salarial del 9 % a partir del 1 de enero;
                                    - contratos fijos para quienes tengan más de dos años de antigüedad;
                                    - una comisión mixta para seguir las condiciones de trabajo.

                                    El sindicato informará sobre la aplicación del acuerdo.
                                    """),
                            new Text(
                                    "ar",
                                    "عمال النظافة في مستشفيات صفاقس يصادقون على اتفاق الأجور",
                                    "يرفع الاتفاق الأجور ويحوّل العقود المؤقتة إلى عقود دائمة.",
                                    "مراسلنا في صفاقس",
                                    """
                                    ## بنود الاتفاق

                                    بعد ثلاثة أسابيع من المفاوضات، صادقت جمعية عامة لعمال النظافة في \
                                    مستشفيات صفاقس على الاتفاق المبرم مع الشركة المتعاقدة.

                                    أهم بنوده:

                                    - زيادة في الأجور بنسبة 9% ابتداءً من 1 يناير؛
                                    - عقود دائمة للعمال الذين تتجاوز أقدميتهم سنتين؛
                                    - لجنة مشتركة لمتابعة ظروف العمل.

                                    وقالت النقابة إنها ستطلع العمال على مدى تطبيق الاتفاق.
                                    """))),
            new Story(
                    "AR",
                    LocalDate.of(2026, 10, 14),
                    ArticleKind.PHOTO_STORY,
                    null,
                    illustration(DemoIllustrations.Drawing.BUSES, BUSES_CAPTIONS),
                    List.of(
                            new Text(
                                    "en",
                                    "Bus drivers' assembly in Buenos Aires elects new delegates",
                                    "Drivers of four depots voted for a delegates' committee.",
                                    "Correspondent in Buenos Aires",
                                    """
                                    ## A vote depot by depot

                                    Bus drivers from four depots in Buenos Aires held assemblies over two days \
                                    and elected a committee of eleven delegates.

                                    The new committee will:

                                    - present the drivers' demands on rest times to the company;
                                    - organise a monthly open assembly;
                                    - keep in contact with transport unions in other cities.
                                    """),
                            new Text(
                                    "es",
                                    "La asamblea de choferes de colectivos de Buenos Aires elige nuevos delegados",
                                    "Los choferes de cuatro cabeceras votaron un cuerpo de delegados.",
                                    "Corresponsal en Buenos Aires",
                                    """
                                    ## Una votación cabecera por cabecera

                                    Choferes de colectivos de cuatro cabeceras de Buenos Aires realizaron \
                                    asambleas durante dos días y eligieron un cuerpo de once delegados.

                                    El nuevo cuerpo de delegados:

                                    - presentará a la empresa las demandas sobre los tiempos de descanso;
                                    - organizará una asamblea abierta cada mes;
                                    - mantendrá el contacto con los sindicatos del transporte de otras ciudades.
                                    """),
                            new Text(
                                    "ar",
                                    "جمعية سائقي الحافلات في بوينس آيرس تنتخب مندوبين جددًا",
                                    "صوّت سائقو أربعة مستودعات لانتخاب لجنة مندوبين.",
                                    "مراسلنا في بوينس آيرس",
                                    """
                                    ## تصويت في كل مستودع

                                    عقد سائقو الحافلات في أربعة مستودعات في بوينس آيرس جمعيات عامة على مدى \
                                    يومين وانتخبوا لجنة من أحد عشر مندوبًا.

                                    ستقوم اللجنة الجديدة بما يلي:

                                    - عرض مطالب السائقين المتعلقة بأوقات الراحة على الشركة؛
                                    - تنظيم جمعية عامة مفتوحة كل شهر؛
                                    - البقاء على اتصال بنقابات النقل في المدن الأخرى.
                                    """))),
            new Story(
                    "GB",
                    LocalDate.of(2026, 11, 10),
                    ArticleKind.EDITORIAL,
                    null,
                    null,
                    List.of(
                            new Text(
                                    "en",
                                    "A note on our sister editions",
                                    "The Courier now appears in English, Spanish and Arabic.",
                                    "Editorial Board",
                                    """
                                    ## Three editions, one paper

                                    From this issue, every article of the Courier can appear in English, \
                                    Spanish and Arabic. Each edition is prepared by volunteers.

                                    What this means for readers:

                                    - each article links to its translations;
                                    - correspondents can write in the language they know best;
                                    - translations are published as soon as they are ready.

                                    We welcome volunteers who can translate.
                                    """),
                            new Text(
                                    "es",
                                    "Una nota sobre nuestras ediciones hermanas",
                                    "El Courier se publica ahora en inglés, español y árabe.",
                                    "Consejo de Redacción",
                                    """
                                    ## Tres ediciones, un solo periódico

                                    A partir de este número, cada artículo del Courier puede aparecer en inglés, \
                                    español y árabe. Cada edición la preparan voluntarios.

                                    Lo que esto significa para quienes nos leen:

                                    - cada artículo enlaza con sus traducciones;
                                    - los corresponsales pueden escribir en la lengua que mejor conocen;
                                    - las traducciones se publican en cuanto están listas.

                                    Invitamos a colaborar a quienes puedan traducir.
                                    """),
                            new Text(
                                    "ar",
                                    "ملاحظة حول طبعاتنا الشقيقة",
                                    "تصدر الصحيفة الآن بالإنجليزية والإسبانية والعربية.",
                                    "هيئة التحرير",
                                    """
                                    ## ثلاث طبعات، صحيفة واحدة

                                    ابتداءً من هذا العدد، يمكن أن يصدر كل مقال في الصحيفة بالإنجليزية \
                                    والإسبانية والعربية. ويُعدّ كل طبعة متطوعون ومتطوعات.

                                    ماذا يعني ذلك للقراء:

                                    - كل مقال يرتبط بترجماته؛
                                    - يمكن للمراسلين الكتابة باللغة التي يتقنونها أكثر؛
                                    - تُنشر الترجمات فور جاهزيتها.

                                    نرحب بالمتطوعين القادرين على الترجمة.
                                    """))),
            new Story(
                    "BD",
                    LocalDate.of(2026, 11, 9),
                    ArticleKind.STATEMENT,
                    null,
                    illustration(DemoIllustrations.Drawing.HALL, HALL_CAPTIONS),
                    List.of(
                            new Text(
                                    "en",
                                    "Garment workers' safety committee calls for monthly fire drills",
                                    "The committee asks every factory in Gazipur to hold a fire drill each month.",
                                    "Garment Workers' Safety Committee, Gazipur",
                                    """
                                    ## What the committee asks

                                    The safety committee, which brings together worker representatives from \
                                    thirty garment factories in Gazipur, adopted this statement at its \
                                    assembly on 8 November.

                                    We ask for:

                                    - a fire drill in every factory each month, during working hours;
                                    - emergency exits that are unlocked and clearly marked;
                                    - the results of each safety inspection posted where workers can read them.

                                    The committee will meet again in January to review what has changed.
                                    """),
                            new Text(
                                    "es",
                                    "El comité de seguridad de la confección pide simulacros de incendio mensuales",
                                    "El comité pide a cada fábrica de Gazipur que haga un simulacro de incendio cada mes.",
                                    "Comité de Seguridad de los Trabajadores de la Confección, Gazipur",
                                    """
                                    ## Lo que pide el comité

                                    El comité de seguridad, que reúne a representantes de los trabajadores \
                                    de treinta fábricas de confección de Gazipur, adoptó esta declaración en \
                                    su asamblea del 8 de noviembre.

                                    Pedimos:

                                    - un simulacro de incendio en cada fábrica cada mes, en horario de trabajo;
                                    - salidas de emergencia sin cerrojo y bien señalizadas;
                                    - que los resultados de cada inspección de seguridad se publiquen donde los trabajadores puedan leerlos.

                                    El comité volverá a reunirse en enero para revisar los cambios.
                                    """),
                            new Text(
                                    "ar",
                                    "لجنة السلامة لعمال الملابس تطالب بتدريبات شهرية على الإخلاء من الحرائق",
                                    "تطلب اللجنة من كل مصنع في غازيبور إجراء تدريب على الإخلاء من الحرائق كل شهر.",
                                    "لجنة السلامة لعمال الملابس، غازيبور",
                                    """
                                    ## مطالب اللجنة

                                    اعتمدت لجنة السلامة، التي تضم ممثلي العمال في ثلاثين مصنعًا للملابس في \
                                    غازيبور، هذا البيان في جمعيتها العامة يوم 8 نوفمبر.

                                    نطالب بما يلي:

                                    - تدريب على الإخلاء من الحرائق في كل مصنع كل شهر، خلال ساعات العمل؛
                                    - مخارج طوارئ غير مقفلة وواضحة العلامات؛
                                    - تعليق نتائج كل تفتيش للسلامة حيث يستطيع العمال قراءتها.

                                    وستجتمع اللجنة مجددًا في يناير لمراجعة ما تغيّر.
                                    """))),
            new Story(
                    "PT",
                    LocalDate.of(2026, 11, 5),
                    ArticleKind.REPRODUCED_APPEAL,
                    LocalDate.of(2026, 10, 28),
                    null,
                    List.of(
                            new Text(
                                    "en",
                                    "Nurses in Lisbon appeal for safe staffing on night shifts",
                                    "We reproduce the appeal adopted by an assembly of nurses from three Lisbon hospitals.",
                                    "Editorial Board",
                                    """
                                    ## The appeal

                                    We, nurses from three hospitals in Lisbon, meeting in assembly on \
                                    27 October, ask colleagues in other countries to support our demands:

                                    - no more than eight patients per nurse on night shifts;
                                    - replacement of staff on sick leave from the first day;
                                    - at least eleven hours of rest between two shifts.

                                    Messages of support can be sent to the assembly through the union \
                                    delegates of each hospital.
                                    """,
                                    null,
                                    "Assembly of Nurses of Lisbon"),
                            new Text(
                                    "es",
                                    "Las enfermeras de Lisboa piden plantillas seguras en los turnos de noche",
                                    "Reproducimos el llamamiento adoptado por una asamblea de enfermeras de tres hospitales de Lisboa.",
                                    "Consejo de Redacción",
                                    """
                                    ## El llamamiento

                                    Nosotras, enfermeras y enfermeros de tres hospitales de Lisboa, reunidos \
                                    en asamblea el 27 de octubre, pedimos a nuestros colegas de otros países \
                                    que apoyen nuestras reivindicaciones:

                                    - no más de ocho pacientes por enfermera en los turnos de noche;
                                    - sustitución del personal de baja desde el primer día;
                                    - al menos once horas de descanso entre dos turnos.

                                    Los mensajes de apoyo pueden enviarse a la asamblea a través de los \
                                    delegados sindicales de cada hospital.
                                    """,
                                    null,
                                    "Asamblea de Enfermeras de Lisboa"),
                            new Text(
                                    "ar",
                                    "ممرضات لشبونة يناشدن من أجل طواقم كافية في المناوبات الليلية",
                                    "ننشر النداء الذي اعتمدته جمعية عامة لممرضات وممرضي ثلاثة مستشفيات في لشبونة.",
                                    "هيئة التحرير",
                                    """
                                    ## النداء

                                    نحن ممرضات وممرضو ثلاثة مستشفيات في لشبونة، المجتمعين في جمعية عامة \
                                    يوم 27 أكتوبر، ندعو زملاءنا في البلدان الأخرى إلى دعم مطالبنا:

                                    - ألا يتجاوز عدد المرضى ثمانية لكل ممرضة في المناوبات الليلية؛
                                    - تعويض العاملين في إجازة مرضية منذ اليوم الأول؛
                                    - إحدى عشرة ساعة راحة على الأقل بين مناوبتين.

                                    يمكن إرسال رسائل التضامن إلى الجمعية عبر المندوبين النقابيين في كل مستشفى.
                                    """,
                                    null,
                                    "جمعية ممرضات لشبونة"))),
            new Story(
                    "ZA",
                    LocalDate.of(2026, 11, 10),
                    ArticleKind.NOTE,
                    null,
                    null,
                    List.of(
                            new Text(
                                    "en",
                                    "Platinum miners hold a shift-change meeting",
                                    "",
                                    "Correspondent in Rustenburg",
                                    """
                                    ## At the shaft gate

                                    About four hundred miners stayed at the shaft gate at the 6 o'clock shift                                     change to hear their branch committee:

                                    - the bonus cut will be discussed at a mass meeting on Saturday;
                                    - contract workers are invited too.
                                    """,
                                    "Rustenburg",
                                    null),
                            new Text(
                                    "es",
                                    "Los mineros del platino se reúnen en el cambio de turno",
                                    "",
                                    "Corresponsal en Rustenburg",
                                    """
                                    ## En la entrada del pozo

                                    Unos cuatrocientos mineros se quedaron en la entrada del pozo en el cambio                                     de turno de las 6 para escuchar a su comité de sección:

                                    - el recorte de la prima se discutirá en una asamblea el sábado;
                                    - también están invitados los trabajadores subcontratados.
                                    """,
                                    "Rustenburg",
                                    null),
                            new Text(
                                    "ar",
                                    "عمال مناجم البلاتين يجتمعون عند تبديل المناوبة",
                                    "",
                                    "مراسلنا في روستنبرغ",
                                    """
                                    ## عند بوابة البئر

                                    بقي نحو أربعمائة عامل منجم عند بوابة البئر أثناء تبديل مناوبة السادسة                                     للاستماع إلى لجنة فرعهم النقابي:

                                    - سيُناقش خفض المكافأة في جمعية عامة يوم السبت؛
                                    - عمال المقاولة مدعوون أيضًا.
                                    """,
                                    "روستنبرغ",
                                    null))));
}
