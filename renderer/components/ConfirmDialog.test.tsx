import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

const nothing = () => undefined;

describe('a confirmation dialog', () => {
  it('is announced with its own question when another one is on the page, as the sync page has two', () => {
    render(
      <>
        <ConfirmDialog
          open={false}
          title="노트북의 접근을 해제할까요?"
          body="강원도 님의 기기 노트북은(는) 더 이상 이 연수와 동기화하지 않습니다."
          confirmLabel="접근 해제"
          cancelLabel="취소"
          onConfirm={nothing}
          onCancel={nothing}
        />
        <ConfirmDialog
          open
          title="이 기기에서 이 연수의 동기화를 중지할까요?"
          body="이 기기는 더 이상 https://192.168.0.10:8787와 동기화하지 않습니다."
          confirmLabel="동기화 중지"
          cancelLabel="취소"
          onConfirm={nothing}
          onCancel={nothing}
        />
      </>,
    );
    const stop = screen.getByRole('dialog', {
      name: '이 기기에서 이 연수의 동기화를 중지할까요?',
      description: '이 기기는 더 이상 https://192.168.0.10:8787와 동기화하지 않습니다.',
    });
    expect(stop.textContent).toContain('동기화 중지');
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
