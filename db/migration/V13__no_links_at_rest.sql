-- No usable set-password link is kept at rest. A link mail is stored with a placeholder where the
-- token goes and the id of its one_time_token row; the sender makes the token (and stores its hash)
-- only as the mail goes out. Until then the row has no hash, so no link can match it.
alter table one_time_token alter column token_hash drop not null;

-- No foreign key on purpose: the token row goes when its link is voided (a newer link, a new
-- e-mail address, a new password), and the mail must still know that it carried one.
alter table mail_outbox add column link_token_id bigint;

-- VOIDED: a link mail whose link was voided, used or expired before it went out; it is never sent.
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'VOIDED'));

-- Links already written to the outbox were readable there: they are wiped from the stored mail and
-- voided, and link mails not sent yet are withdrawn (their link no longer exists).
update mail_outbox
set text_body = regexp_replace(text_body, '(set-password\?token=)[A-Za-z0-9_-]+', '\1[one-time-token]', 'g'),
    html_body = regexp_replace(html_body, '(set-password\?token=)[A-Za-z0-9_-]+', '\1[one-time-token]', 'g')
where text_body like '%set-password?token=%' or html_body like '%set-password?token=%';
update mail_outbox set status = 'VOIDED'
where status in ('PENDING', 'FAILED') and kind in ('INVITATION', 'PASSWORD_RESET');
delete from one_time_token where used_at is null;
