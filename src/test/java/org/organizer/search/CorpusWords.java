package org.organizer.search;

import java.util.List;
import java.util.Map;

/**
 * Word lists for the generated benchmark corpus, written by hand (no downloaded data): per language the
 * common words of news prose, in rough order of frequency, and the vocabulary of the labour movement.
 */
final class CorpusWords {

    private CorpusWords() {}

    static final List<String> LANGUAGES = List.of("en", "es", "ar", "it", "pt", "fr");

    static final Map<String, String> COMMON = Map.of("en", """
            the of and to a in that is was for on it with as he be at by this had not are but from or have an they
            which one you were her all she there would their we him been has when who will more no if out so said
            what up its about into than them can only other new some could time these two may then do first any my
            now such like our over man me even most made after also did many before must through back years where
            much your way well down should because each just those people how too little state good very make world
            still own see men work long get here between both life being under never day same another know while
            last might us great old year off come since against go came right used take three city government week
            country today during without again around number public region across morning night month several
            company workers service group report national local family house told members statement support news
            meeting council president minister police hospital school water road market town village street office
            office price cost food rent housing health safety young women children older second third four five
            hundred thousand million percent morning evening friday monday saturday sunday tuesday thursday
            wednesday spring summer autumn winter north south east west centre river coast bridge railway station
            airport factory warehouse farm mine shipyard depot plant office bank court law decision plan talks
            """, "es", """
            el la de que y a en un ser se no haber por con su para como estar tener le lo todo pero más hacer o
            poder decir este ir otro ese si me ya ver porque dar cuando él muy sin vez mucho saber qué sobre mi
            alguno mismo yo también hasta año dos querer entre así primero desde grande eso ni nos llegar pasar
            tiempo ella sí día uno bien poco deber entonces poner cosa tanto hombre parecer nuestro tan donde
            ahora parte después vida quedar siempre creer hablar llevar dejar nada cada seguir menos nuevo
            encontrar algo solo ciudad gobierno semana país hoy durante otra vez región mañana noche mes
            varios empresa servicio grupo informe nacional local familia casa miembros declaración apoyo
            noticias reunión consejo presidente ministro policía hospital escuela agua carretera mercado pueblo
            calle oficina precio coste comida alquiler vivienda salud seguridad jóvenes mujeres niños mayores
            segundo tercero cuatro cinco cien mil millones ciento viernes lunes sábado domingo martes jueves
            miércoles primavera verano otoño invierno norte sur este oeste centro río costa puente ferrocarril
            estación aeropuerto fábrica almacén granja mina astillero depósito planta banco tribunal ley
            decisión plan conversaciones trabajo gente mundo estado general público
            """, "ar", """
            في من على إلى أن عن مع هذا هذه التي الذي كان كانت قد لا ما لم هو هي بعد قبل كل بين عند حتى أو ثم
            كما لكن إذا منذ خلال ضد حول أيضا يوم اليوم أمس غدا سنة عام شهر أسبوع ساعة مدينة قرية شارع حكومة
            وزير رئيس دولة بلد منطقة شعب ناس رجال نساء أطفال شباب عائلة بيت منزل مستشفى مدرسة جامعة ماء طريق
            سوق مكتب سعر تكلفة طعام إيجار سكن صحة سلامة شركة خدمة مجموعة تقرير وطني محلي أعضاء بيان دعم أخبار
            اجتماع مجلس شرطة محكمة قانون قرار خطة محادثات صباح مساء ليلة الجمعة السبت الأحد الاثنين الثلاثاء
            الأربعاء الخميس ربيع صيف خريف شتاء شمال جنوب شرق غرب وسط نهر ساحل جسر سكة محطة مطار مصنع مستودع
            مزرعة منجم حوض بنك اثنان ثلاثة أربعة خمسة مئة ألف مليون بالمئة جديد قديم كبير صغير أول ثاني ثالث
            قال قالت أعلن أعلنت أكد أكدت طالب طالبت رفض رفضت بدأ بدأت استمر استمرت وصل وصلت عمل حياة عالم
            الناس الحكومة المدينة الشركة الوزير الرئيس المنطقة الشعب البلد الشارع السوق الماء الطريق الأسبوع
            """, "it", """
            il la di che e a in un essere non per con su come avere lo le dei del della più anche ma se questo
            fare potere dire andare dovere vedere sapere stare tutto volere quello molto ancora dopo prima
            quando anno due tempo giorno bene così mai sempre ora qui uno grande nuovo altro stesso ogni
            città governo settimana paese oggi durante senza regione mattina notte mese diversi azienda
            servizio gruppo rapporto nazionale locale famiglia casa membri dichiarazione sostegno notizie
            riunione consiglio presidente ministro polizia ospedale scuola acqua strada mercato villaggio
            via ufficio prezzo costo cibo affitto abitazione salute sicurezza giovani donne bambini anziani
            secondo terzo quattro cinque cento mille milioni venerdì lunedì sabato domenica martedì giovedì
            mercoledì primavera estate autunno inverno nord sud est ovest centro fiume costa ponte ferrovia
            stazione aeroporto fabbrica magazzino fattoria miniera cantiere deposito impianto banca tribunale
            legge decisione piano trattativa lavoro gente mondo stato generale pubblico vita parte
            """, "pt", """
            o a de que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem
            à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois
            sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu às minha
            têm numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas este fosse dele
            cidade governo semana país hoje durante região manhã noite mês vários empresa serviço grupo
            relatório nacional local família casa membros declaração apoio notícias reunião conselho
            presidente ministro polícia hospital escola água estrada mercado aldeia rua escritório preço
            custo comida aluguel habitação saúde segurança jovens mulheres crianças idosos segundo terceiro
            quatro cinco cem mil milhões sexta segunda sábado domingo terça quinta quarta primavera verão
            outono inverno norte sul leste oeste centro rio costa ponte ferrovia estação aeroporto fábrica
            armazém fazenda mina estaleiro depósito usina banco tribunal lei decisão plano negociações
            trabalho gente mundo estado geral público vida parte ano dois tempo dia novo grande
            """, "fr", """
            le la de et à les des en un une du est que pour dans qui pas sur au il par plus ne se ce avec elle
            mais nous ont être sont cette aux ou comme tout leur ses son été avait fait sans même aussi bien
            entre deux après avant encore très peu depuis toujours jamais chaque autre nouveau grand premier
            ville gouvernement semaine pays aujourd'hui pendant région matin nuit mois plusieurs entreprise
            service groupe rapport national local famille maison membres déclaration soutien nouvelles
            réunion conseil président ministre police hôpital école eau route marché village rue bureau prix
            coût nourriture loyer logement santé sécurité jeunes femmes enfants âgés second troisième quatre
            cinq cent mille millions vendredi lundi samedi dimanche mardi jeudi mercredi printemps été
            automne hiver nord sud est ouest centre fleuve côte pont chemin station aéroport usine entrepôt
            ferme mine chantier dépôt centrale banque tribunal loi décision plan négociations travail gens
            monde état général public vie partie année temps jour dire faire voir savoir pouvoir vouloir
            """);

    static final Map<String, String> LABOUR = Map.of("en", """
            strike strikes striking union unions wages wage port dock dockers workers picket pickets walkout
            lockout bargaining contract pay shift shifts overtime pension pensions solidarity boss bosses
            layoffs dismissal redundancy organising rank file nurses teachers drivers miners railworkers
            seafarers crane container terminal minimum living demands ballot vote stoppage general assembly
            federation confederation employers management agreement occupation protest march rally demonstration
            """, "es", """
            huelga huelgas sindicato sindicatos salario salarios puerto muelle estibadores trabajadores piquete
            piquetes paro cierre patronal negociación convenio paga turno turnos horas extra pensión pensiones
            solidaridad patrón patronal despidos despido organización base enfermeras docentes conductores
            mineros ferroviarios marinos grúa contenedor terminal mínimo digno reivindicaciones votación
            asamblea federación confederación empresarios dirección acuerdo ocupación protesta marcha
            manifestación concentración
            """, "ar", """
            إضراب الإضراب إضرابات نقابة النقابة نقابات أجور الأجور أجر ميناء الميناء رصيف عمال العمال عاملات
            اعتصام اعتصامات إغلاق مفاوضات عقد راتب رواتب نوبة نوبات ساعات إضافية تقاعد معاشات تضامن التضامن
            أرباب فصل تسريح تنظيم قاعدة ممرضات معلمون سائقون عمال المناجم السكك البحارة رافعة حاوية حاويات
            محطة الحد الأدنى مطالب تصويت توقف جمعية عامة اتحاد الاتحاد العمالي أصحاب العمل إدارة اتفاق احتلال
            احتجاج مسيرة تظاهرة مظاهرة وقفة
            """, "it", """
            sciopero scioperi sindacato sindacati salario salari porto banchina portuali lavoratori picchetto
            picchetti serrata contrattazione contratto paga turno turni straordinari pensione pensioni
            solidarietà padrone padroni licenziamenti licenziamento organizzazione base infermiere insegnanti
            autisti minatori ferrovieri marittimi gru container terminal minimo dignitoso rivendicazioni voto
            assemblea federazione confederazione datori direzione accordo occupazione protesta corteo presidio
            manifestazione
            """, "pt", """
            greve greves sindicato sindicatos salário salários porto cais estivadores trabalhadores piquete
            piquetes paralisação encerramento negociação contrato pagamento turno turnos horas extras pensão
            pensões solidariedade patrão patrões despedimentos despedimento organização base enfermeiros
            professores motoristas mineiros ferroviários marítimos grua contentor terminal mínimo digno
            reivindicações votação plenário federação confederação patronato direção acordo ocupação protesto
            marcha concentração manifestação
            """, "fr", """
            grève grèves syndicat syndicats salaire salaires port quai dockers travailleurs travailleuses piquet
            piquets débrayage lock-out négociation convention paie équipe équipes heures supplémentaires retraite
            retraites solidarité patron patronat licenciements licenciement organisation base infirmières
            enseignants chauffeurs mineurs cheminots marins grue conteneur terminal minimum décent
            revendications vote assemblée fédération confédération employeurs direction accord occupation
            protestation cortège rassemblement manifestation
            """);

    /** Countries each language's articles are about (ISO 3166 alpha-2). */
    static final Map<String, List<String>> COUNTRIES = Map.of(
            "en", List.of("GB", "US", "IE", "AU", "NZ", "ZA", "NG", "KE", "IN", "BD", "PK", "CA", "GH", "PH"),
            "es", List.of("ES", "MX", "AR", "CL", "CO", "PE", "BO", "EC", "UY", "VE", "CU", "GT", "PY", "HN"),
            "ar", List.of("EG", "MA", "DZ", "TN", "JO", "LB", "SY", "IQ", "PS", "SD", "LY", "YE", "SA", "KW"),
            "it", List.of("IT", "SM", "CH", "AR", "MT"),
            "pt", List.of("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"),
            "fr", List.of("FR", "BE", "CH", "SN", "CI", "ML", "BF", "CM", "CD", "HT", "MG", "TN", "MA", "LU"));

    static final Map<String, List<String>> NAMES = Map.of(
            "en", List.of("Mary", "John", "Aisha", "Tom", "Priya", "Kwame", "Sarah", "David", "Ruth", "Sam"),
            "es", List.of("María", "José", "Lucía", "Carlos", "Ana", "Javier", "Carmen", "Diego", "Rosa", "Pablo"),
            "ar", List.of("فاطمة", "محمد", "عائشة", "أحمد", "ليلى", "يوسف", "مريم", "علي", "سارة", "خالد"),
            "it",
                    List.of(
                            "Giulia",
                            "Marco",
                            "Chiara",
                            "Luca",
                            "Francesca",
                            "Paolo",
                            "Anna",
                            "Giorgio",
                            "Sara",
                            "Dario"),
            "pt", List.of("Ana", "João", "Mariana", "Pedro", "Beatriz", "Rui", "Inês", "Tiago", "Rita", "Miguel"),
            "fr", List.of("Marie", "Pierre", "Camille", "Louis", "Fatou", "Julien", "Claire", "Hugo", "Inès", "Luc"));

    static final Map<String, List<String>> SURNAMES = Map.of(
            "en", List.of("Smith", "Okafor", "Khan", "Walsh", "Patel", "Mensah", "Brown", "Murphy", "Ali", "Reid"),
            "es", List.of("García", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Torres", "Vega"),
            "ar", List.of("حسن", "إبراهيم", "الخطيب", "منصور", "العلي", "سالم", "نصر", "حداد", "عمر", "يوسف"),
            "it",
                    List.of(
                            "Rossi",
                            "Russo",
                            "Ferrari",
                            "Esposito",
                            "Bianchi",
                            "Romano",
                            "Colombo",
                            "Ricci",
                            "Greco",
                            "Conti"),
            "pt",
                    List.of(
                            "Silva",
                            "Santos",
                            "Ferreira",
                            "Pereira",
                            "Oliveira",
                            "Costa",
                            "Rodrigues",
                            "Martins",
                            "Sousa",
                            "Lopes"),
            "fr",
                    List.of(
                            "Martin", "Bernard", "Diallo", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
                            "Moreau"));

    static List<String> common(String language) {
        return words(COMMON.get(language));
    }

    static List<String> labour(String language) {
        return words(LABOUR.get(language));
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
