package io.proficio.application.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.application.lti.ags.GradebookService;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradebookLearnersTest {

    @ParameterizedTest(name = "roles [{0}] get a score: {1}")
    @CsvSource(delimiter = ';', value = {
            "learner; true",
            "Learner; true",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner; true",
            "; true",
            "instructor; false",
            "instructor admin; false",
            "manager; false",
            "learner instructor; true"})
    void onlyLearnersGetAScore(String roles, boolean scored) {
        List<String> list = roles == null ? List.of() : List.of(roles.split(" "));
        assertEquals(scored, GradebookService.isLearner(list));
    }
}
