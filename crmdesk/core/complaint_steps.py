"""What saving a step of the complaint wizard moves the complaint to. The wizard asks
in the words of the process (does it stand, does the customer accept, is it fixed);
this turns the answers into moves of the state machine."""

from crmdesk.core.complaint import Complaint
from crmdesk.core.enums import ComplaintStatus as S

LISTEN, JUDGE, SOLVE, FOLLOW_UP = 1, 2, 3, 4


def moves_for_step(complaint: Complaint, step: int, fixed: bool, finishing: bool) -> list[S]:
    """The moves, in order, that saving ``step`` makes from the complaint's status.
    ``fixed``: the follow-up step says the fix is done; ``finishing``: the wizard's
    Finish, which closes a resolved complaint."""
    status = S(complaint.status)
    moves: list[S] = []
    if step == JUDGE:
        if status is S.NEW:
            moves.append(S.INVESTIGATING)  # someone has taken it up: the first response
        if complaint.stands is False and status in (S.NEW, S.INVESTIGATING):
            moves.append(S.REJECTED)
    elif step == SOLVE:
        if status is S.INVESTIGATING and complaint.solution:
            moves.append(S.AWAITING_CUSTOMER)
            status = S.AWAITING_CUSTOMER
        if status is S.AWAITING_CUSTOMER and complaint.accepted is True:
            moves.append(S.IN_PROGRESS)
        elif status is S.AWAITING_CUSTOMER and complaint.accepted is False:
            moves.append(S.INVESTIGATING)  # declined: another solution is sought
    elif step == FOLLOW_UP:
        if status is S.IN_PROGRESS and fixed:
            moves.append(S.RESOLVED)
            status = S.RESOLVED
        if status is S.RESOLVED and finishing:
            moves.append(S.CLOSED)
    return moves
