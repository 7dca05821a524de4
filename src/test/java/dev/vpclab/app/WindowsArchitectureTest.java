package dev.vpclab.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Only {@link Windows} makes windows and dialogs, so none can miss the stylesheet, the Hangul font,
 * the translated buttons, Esc or the placement on its owner.
 */
class WindowsArchitectureTest {
    private static final JavaClasses APP =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.vpclab");

    @Test
    void onlyWindowsMakesStages() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Windows.class.getName())
                .should()
                .callConstructorWhere(target(owner(assignableTo(Stage.class))))
                .because("Windows gives every Stage the app's stylesheet, font and placement")
                .check(APP);
    }

    @Test
    void onlyWindowsMakesDialogsAndAlerts() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Windows.class.getName())
                .should()
                .callConstructorWhere(target(owner(assignableTo(Dialog.class))))
                .because("Windows gives every dialog the app's stylesheet, font, buttons and Esc")
                .check(APP);
    }
}
