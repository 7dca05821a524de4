package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Component;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {
    private final AppText en = new AppText(Locale.ENGLISH);
    private final AppText ko = new AppText(Locale.KOREAN);

    @Test
    void everyFieldOfEveryKindHasAConsoleLabelInBothLanguages() {
        for (Class<?> kind : Component.class.getPermittedSubclasses()) {
            for (RecordComponent rc : kind.getRecordComponents()) {
                String field = rc.getName().equals("isDefault") ? "default" : rc.getName();
                String english = en.fieldLabel(field);
                String korean = ko.fieldLabel(field);
                assertThat(english).as(kind.getSimpleName() + "." + field).isNotEqualTo(field);
                assertThat(korean).as(kind.getSimpleName() + "." + field).isNotEqualTo(field);
                // Korean is Korean unless the console keeps the acronym (VPC, IPv4 CIDR, ID).
                if (!english.matches("[A-Z0-9 ]*(IPv[46] CIDR)?")) {
                    assertThat(korean).as(field).matches(".*[\\uAC00-\\uD7A3].*");
                }
            }
        }
        assertThat(en.fieldLabel("privateIp")).isEqualTo("Private IPv4 address");
        assertThat(en.fieldLabel("securityGroups")).isEqualTo("Security groups");
        assertThat(en.fieldLabel("routeTables")).isEqualTo("Route tables");
        assertThat(ko.fieldLabel("securityGroups")).isEqualTo("보안 그룹");
    }
}
