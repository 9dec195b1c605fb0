package org.organizer.press;

import java.time.LocalDate;
import java.util.List;

/** The sample articles of the demo publication, each in English, Spanish and Arabic. */
final class DemoArticles {

    record Text(String language, String title, String standfirst, String byline, String body) {}

    record Story(String country, LocalDate dateline, List<Text> texts) {}

    private DemoArticles() {}

    static final List<Story> STORIES = List.of(
            new Story(
                    "IT",
                    LocalDate.of(2026, 11, 3),
                    List.of(
                            new Text(
                                    "en",
                                    "Port workers' unions set a date for a day of action",
                                    "Delegates from twelve ports agreed to hold a common day of action on 5 December.",
                                    "Correspondent in Genoa",
                                    """
                                    ## An online meeting of twelve ports

                                    Dockworkers' unions from twelve ports met online on 2 November to discuss \
                                    the call drafted by the Genoa port workers' committee.

                                    The meeting decided:

                                    - to hold a day of action in all participating ports on **5 December**;
                                    - to publish the call in English, Spanish and Arabic;
                                    - to invite other unions to endorse it before 20 November.

                                    Local assemblies will decide the form of action in each port.
                                    """),
                            new Text(
                                    "es",
                                    "Los sindicatos portuarios fijan la fecha de una jornada de acción",
                                    "Delegados de doce puertos acordaron celebrar una jornada de acción común el 5 de diciembre.",
                                    "Corresponsal en Génova",
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
                                    """),
                            new Text(
                                    "ar",
                                    "نقابات عمال الموانئ تحدد موعدًا ليوم عمل مشترك",
                                    "اتفق مندوبون من اثني عشر ميناءً على تنظيم يوم عمل مشترك في 5 ديسمبر.",
                                    "مراسلنا في جنوة",
                                    """
                                    ## اجتماع عبر الإنترنت لاثني عشر ميناءً

                                    اجتمعت نقابات عمال الرصيف من اثني عشر ميناءً عبر الإنترنت في 2 نوفمبر \
                                    لمناقشة النداء الذي صاغته لجنة عمال ميناء جنوة.

                                    قرر الاجتماع ما يلي:

                                    - تنظيم يوم عمل في جميع الموانئ المشاركة في **5 ديسمبر**؛
                                    - نشر النداء بالإنجليزية والإسبانية والعربية؛
                                    - دعوة النقابات الأخرى إلى التوقيع عليه قبل 20 نوفمبر.

                                    وستقرر الجمعيات العامة المحلية شكل التحرك في كل ميناء.
                                    """))),
            new Story(
                    "TN",
                    LocalDate.of(2026, 10, 21),
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
                                    """))));
}
