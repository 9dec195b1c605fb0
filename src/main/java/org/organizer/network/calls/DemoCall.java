package org.organizer.network.calls;

import java.time.LocalDate;
import java.util.List;
import org.organizer.accounts.Actor;
import org.organizer.network.CallId;
import org.organizer.network.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's call, taken through its whole cycle by the ordinary service: written in English, Spanish and
 * Arabic, discussed, its date decided by a poll, every version published and the call opened for endorsement.
 * Used by {@code NetworkDemo} (with {@code --demo}); it does nothing by itself.
 */
@Component
public class DemoCall {

    private final CallService service;

    DemoCall(CallService service) {
        this.service = service;
    }

    /** A call by the issuer whose date is decided on {@code decided} (the poll also offers a week later). */
    @Transactional
    public CallId issue(Actor editor, OrganisationId issuer, LocalDate decided) {
        CallId id = service.create(
                editor, List.of(issuer.toString()), "", "en", "Safe ports for the workers who run them", """
                Dock, warehouse and ship workers in many countries report longer shifts and fewer safety checks.

                The organisations signing this call ask for rest periods to be respected, for safety inspections \
                in every port and for the right of workers to stop work when a task is dangerous.

                On the day of action, local groups hold pickets, assemblies and rallies in their own ports.""");
        service.saveVersion(editor, id, "es", "Puertos seguros para quienes los hacen funcionar", """
                Trabajadores de muelles, almacenes y buques de muchos países señalan turnos más largos y menos \
                controles de seguridad.

                Las organizaciones que firman este llamamiento piden que se respeten los descansos, que haya \
                inspecciones de seguridad en todos los puertos y que se reconozca el derecho a parar cuando una \
                tarea es peligrosa.

                En la jornada de acción, los grupos locales organizan piquetes, asambleas y concentraciones en sus \
                puertos.""");
        service.saveVersion(editor, id, "ar", "موانئ آمنة لمن يشغّلونها", """
                يفيد عمال الأرصفة والمستودعات والسفن في بلدان كثيرة بأن ساعات العمل أطول وأن فحوص السلامة أقل.

                تطالب المنظمات الموقعة على هذا النداء باحترام فترات الراحة، وبإجراء تفتيش للسلامة في كل ميناء، \
                وبحق العمال في التوقف عن العمل عندما تكون المهمة خطرة.

                في يوم العمل، تنظم المجموعات المحلية اعتصامات وجمعيات عامة وتجمعات في موانئها.""");
        service.changeStatus(editor, id, "discussion");
        service.openPoll(editor, id, decided + "\n" + decided.plusWeeks(1));
        service.closePoll(editor, id, decided.toString());
        for (String language : List.of("en", "es", "ar")) {
            service.publishVersion(editor, id, language);
        }
        service.changeStatus(editor, id, "open");
        return id;
    }
}
