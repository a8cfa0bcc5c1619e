/**
 * The LTI 1.3 launch: the id_token's ordered validation pipeline (1EdTech Security Framework §5.1.3,
 * LTI Core §5), the launch message parsed once into a readable model, what a valid launch then records
 * (the person, their roster place, a new deployment), and how LTI roles map onto Proficio's learner,
 * instructor, manager and admin.
 */
package io.proficio.lti.launch;
