package io.proficio.application.people;

import io.proficio.domain.person.PersonRepository;

/** Injects the people services by hand, for tests outside this package. */
public final class PeopleWiring {

    private PeopleWiring() {
    }

    public static PersonDirectory directory(PersonRepository people) {
        PersonDirectory directory = new PersonDirectory();
        directory.people = people;
        return directory;
    }

    /**
     * A {@link PersonService} that finds, recognises and creates people; without role profiles,
     * evidence or proficiency, so it cannot place people in roles or merge them.
     */
    public static PersonService recognising(PersonRepository people) {
        PersonService service = new PersonService();
        service.people = people;
        service.directory = directory(people);
        return service;
    }
}
