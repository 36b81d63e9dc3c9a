"""The Coordinators group: network staff with exactly the permissions they need.

Each app lists what its coordinators may do; after every migration the group
is brought to exactly that set, so a permission is granted by code review,
not by hand in the admin.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

GROUP_NAME = "Coordinators"

PERMISSIONS = {
    "network_portal": [
        "view_sitesettings",
        "change_sitesettings",
        # E-mails the mail server did not take: seen, sent again or given up.
        "view_failedemail",
        "delete_failedemail",
        # Newsletter subscribers: seen and exported (with view), deleted on
        # request; their addresses are theirs alone to give or change.
        "view_subscriber",
        "delete_subscriber",
        # The project's results framework: its indicators and the values
        # entered with their evidence, kept with their history.
        "view_projectindicator",
        "add_projectindicator",
        "change_projectindicator",
        "delete_projectindicator",
        "view_historicalprojectindicator",
        "view_indicatorvalue",
        "add_indicatorvalue",
        "change_indicatorvalue",
        "delete_indicatorvalue",
        "view_historicalindicatorvalue",
    ],
    "following": [
        # How people want to be told: seen, and the digest switched off when
        # a person asks by other means; what they follow is theirs alone.
        "view_preferences",
        "change_preferences",
        "view_digestsent",
    ],
    "members": [
        # The registry: kept, never deleted (a former member keeps its page).
        "view_organisation",
        "add_organisation",
        "change_organisation",
        "view_historicalorganisation",
        # People act for organisations through roles and invitations.
        "view_role",
        "add_role",
        "change_role",
        "delete_role",
        "view_historicalrole",
        "view_invitation",
        "view_historicalinvitation",
        "add_invitation",
        # Applications come from the public form; coordinators decide them.
        "view_application",
        "view_historicalapplication",
        "change_application",
        "view_topic",
        "add_topic",
        "change_topic",
        "view_place",
        # Members report; coordinators verify, hide and keep the catalogues.
        "view_activity",
        "change_activity",
        "view_historicalactivity",
        "view_activityphoto",
        "view_historicalactivityphoto",
        "change_activityphoto",
        "view_result",
        "change_result",
        "view_historicalresult",
        "view_indicator",
        "view_historicalindicator",
        "add_indicator",
        "change_indicator",
        "view_institution",
        "view_historicalinstitution",
        "add_institution",
        "change_institution",
        # Members share practices; coordinators hide what should not be public.
        "view_practice",
        "change_practice",
        "view_historicalpractice",
        "view_practicephoto",
        "change_practicephoto",
        "view_historicalpracticephoto",
        "view_practicedocument",
        "view_historicalpracticedocument",
        "view_reuse",
        "delete_reuse",
        "view_historicalreuse",
        # Accounts are the people's own: coordinators find them, not change them.
        "view_user",
    ],
    "causes": [
        "view_cause",
        "add_cause",
        "change_cause",
        "view_historicalcause",
        "view_historicalmilestone",
        "view_historicalinitiative",
        "view_statuschange",
        "view_cosponsorship",
        "add_cosponsorship",
        "change_cosponsorship",
        "delete_cosponsorship",
        "view_milestone",
        "add_milestone",
        "change_milestone",
        "delete_milestone",
        # The discussion: coordinators restore or remove what was reported.
        "view_comment",
        "change_comment",
        "view_commentreport",
        "view_initiative",
        "add_initiative",
        "change_initiative",
        "delete_initiative",
    ],
    "mutual_help": [
        # Help between members: coordinators hide what should not be public
        # and read what was reported; the members post and answer.
        "view_helpitem",
        "change_helpitem",
        "view_historicalhelpitem",
        "view_response",
        "view_report",
    ],
    "capacity": [
        # The self-assessment: coordinators keep its areas, questions and
        # rounds, and read the answers; the organisations answer.
        "view_area",
        "add_area",
        "change_area",
        "view_historicalarea",
        "view_question",
        "add_question",
        "change_question",
        "delete_question",
        "view_historicalquestion",
        "view_round",
        "add_round",
        "change_round",
        "view_historicalround",
        "view_assessment",
        "view_historicalassessment",
        "view_answer",
        "view_historicalanswer",
    ],
    "events": [
        # Meetings are kept, never deleted: a cancelled one stays cancelled.
        "view_meeting",
        "add_meeting",
        "change_meeting",
        "view_historicalmeeting",
        "view_historicaldecision",
        "view_agendaitem",
        "add_agendaitem",
        "change_agendaitem",
        "delete_agendaitem",
        "view_registration",
        "change_registration",
        "view_attendance",
        "add_attendance",
        "change_attendance",
        "delete_attendance",
        "view_document",
        "add_document",
        "change_document",
        "delete_document",
        "view_decision",
        "add_decision",
        "change_decision",
        "delete_decision",
    ],
}


def coordinator_permissions():
    query = Q(pk__in=[])
    for app_label, codenames in PERMISSIONS.items():
        query |= Q(content_type__app_label=app_label, codename__in=codenames)
    return Permission.objects.filter(query)


def sync_coordinators_group(**kwargs):
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(coordinator_permissions())
    return group
