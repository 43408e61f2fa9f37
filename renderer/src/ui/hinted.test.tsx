import { fireEvent, render, screen } from '@testing-library/react';
import { Button, Checkbox, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { Hinted } from './hinted';

describe('a field with a hint under it', () => {
  it('the label names the control, the hint describes it, and what is typed reaches the form', async () => {
    const saved = vi.fn();
    const blurred = vi.fn();
    render(
      <Form onFinish={saved}>
        <Form.Item name="idNumber" label="身份证号">
          <Hinted hint="填了身份证号，出生日期和性别会自动填好">
            <Input onBlur={blurred} />
          </Hinted>
        </Form.Item>
        <Button htmlType="submit">存下来</Button>
      </Form>,
    );
    const box = screen.getByLabelText('身份证号');
    const hint = screen.getByText('填了身份证号，出生日期和性别会自动填好');
    expect(box.getAttribute('aria-describedby')).toBe(hint.id);
    fireEvent.change(box, { target: { value: '52262619800101001X' } });
    fireEvent.blur(box);
    expect(blurred).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText('存下来'));
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith({ idNumber: '52262619800101001X' }));
  });

  it('a field in error is described by its error message and its hint both', async () => {
    render(
      <Form>
        <Form.Item name="phone" label="手机或电话" rules={[{ len: 11, message: '手机号应是 11 位数字' }]}>
          <Hinted hint="只显示后四位">
            <Input />
          </Hinted>
        </Form.Item>
        <Button htmlType="submit">存下来</Button>
      </Form>,
    );
    fireEvent.change(screen.getByLabelText('手机或电话'), { target: { value: '1380' } });
    fireEvent.click(screen.getByText('存下来'));
    const error = await screen.findByText('手机号应是 11 位数字');
    const box = screen.getByLabelText('手机或电话');
    const ids = box.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).toContain(screen.getByText('只显示后四位').id);
    expect(ids.some((id) => id !== '' && document.getElementById(id)?.contains(error))).toBe(true);
  });

  it('a checkbox keeps its checked value; no hint, nothing drawn and nothing described', async () => {
    const saved = vi.fn();
    const { container } = render(
      <Form onFinish={saved} initialValues={{ consent: false, other: true }}>
        <Form.Item name="consent" valuePropName="checked">
          <Hinted hint="县里只看到统计和打码的信息">
            <Checkbox>同意上报县里</Checkbox>
          </Hinted>
        </Form.Item>
        <Form.Item name="other" valuePropName="checked">
          <Hinted hint={undefined}>
            <Checkbox>另一项</Checkbox>
          </Hinted>
        </Form.Item>
        <Button htmlType="submit">存下来</Button>
      </Form>,
    );
    expect(screen.getByText('县里只看到统计和打码的信息')).toBeTruthy();
    expect(container.querySelectorAll('.field-hint')).toHaveLength(1);
    expect(screen.getByLabelText('另一项').getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(screen.getByLabelText('同意上报县里'));
    fireEvent.click(screen.getByText('存下来'));
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith({ consent: true, other: true }));
  });
});
